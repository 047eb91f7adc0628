using Asa.Worker.Storage;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Worker.Pipeline;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Asa.Worker.Pipeline;

/// <summary>A repair's progress as the task's watchers see it: statuses, journal lines, test runs and the engine's account.</summary>
internal sealed class TaskRepairProgress(TaskContext context, TaskJournal journal, TestRunRecorder recorder, TaskStore store) : IRepairProgress
{
    public Task EnterAsync(RepairStep step, CancellationToken cancellationToken) => context.Progress.EnterAsync(StateOf(step), cancellationToken);

    public Task LogAsync(RepairStep step, bool warning, string message, string dedupeKey, CancellationToken cancellationToken) =>
        journal.LogAsync(context.TaskId, StateOf(step), warning ? LogSeverity.Warning : LogSeverity.Info, message,
            dedupeKey: dedupeKey, cancellationToken: cancellationToken);

    public Task RecordRunAsync(string what, RunPhase phase, int candidate, string command, CommandRun run, CancellationToken cancellationToken) =>
        recorder.RecordAsync(context, what, PhaseOf(phase), candidate, command, run, cancellationToken);

    public async Task RecordSearchAsync(SearchSummary summary, CancellationToken cancellationToken)
    {
        var search = new RepairSearch
        {
            Generated = summary.Generated,
            Compiled = summary.Compiled,
            Run = summary.Run,
            Passed = summary.Passed,
            Elapsed = Duration.FromTimeSpan(summary.Elapsed),
            Stopped = summary.Stopped,
            BestPartial = summary.BestPartial,
        };
        search.SuspiciousLines.AddRange(summary.SuspiciousLines);
        await store.RecordRepairSearchAsync(context.TaskId, JsonFormatter.Default.Format(search), cancellationToken);
    }

    private static TaskState StateOf(RepairStep step) => step switch
    {
        RepairStep.GeneratingFix => TaskState.GeneratingFix,
        RepairStep.ValidatingSecurity => TaskState.ValidatingSecurity,
        RepairStep.ApplyingFix => TaskState.ApplyingFix,
        RepairStep.TestingAfterFix => TaskState.TestingAfterFix,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static string PhaseOf(RunPhase phase) => phase switch
    {
        RunPhase.ReproductionAfterFix => TestPhases.ReproductionAfterFix,
        RunPhase.AfterFix => TestPhases.AfterFix,
        RunPhase.SuiteAfterFix => TestPhases.SuiteAfterFix,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
