using System.Collections.Concurrent;
using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Fakes;

/// <summary>Keeps what a repair reported, in order.</summary>
public sealed class RecordingProgress : IRepairProgress
{
    public ConcurrentQueue<RepairStep> Steps { get; } = new();

    public ConcurrentQueue<(RepairStep Step, bool Warning, string Message)> Lines { get; } = new();

    public ConcurrentQueue<(RunPhase Phase, int Candidate, string Command, CommandRun Run)> Runs { get; } = new();

    public SearchSummary? Search { get; private set; }

    public Task EnterAsync(RepairStep step, CancellationToken cancellationToken)
    {
        Steps.Enqueue(step);
        return Task.CompletedTask;
    }

    public Task LogAsync(RepairStep step, bool warning, string message, string dedupeKey, CancellationToken cancellationToken)
    {
        Lines.Enqueue((step, warning, message));
        return Task.CompletedTask;
    }

    public Task RecordRunAsync(string what, RunPhase phase, int candidate, string command, CommandRun run, CancellationToken cancellationToken)
    {
        Runs.Enqueue((phase, candidate, command, run));
        return Task.CompletedTask;
    }

    public Task RecordSearchAsync(SearchSummary summary, CancellationToken cancellationToken)
    {
        Search = summary;
        return Task.CompletedTask;
    }
}
