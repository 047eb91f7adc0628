using Asa.Worker.Storage;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Repair;

namespace Asa.Worker.Pipeline;

/// <summary>Keeps each command a task ran in the sandbox: a <c>test_runs</c> row for GetTask and a log line for watchers.</summary>
public sealed class TestRunRecorder(TaskStore store, TaskJournal journal)
{
    public async Task RecordAsync(
        TaskContext context, string what, string phase, int attempt, string command, CommandRun run, CancellationToken cancellationToken)
    {
        await store.RecordTestRunAsync(context.TaskId, phase, attempt, command, run.Succeeded, run.ExitCode,
            run.LimitsHit.Select(CommandRun.Name).ToList(), run.WallTime, run.OutputTail, cancellationToken);
        await journal.LogAsync(context.TaskId, context.Progress.Current, run.Succeeded ? LogSeverity.Info : LogSeverity.Warning,
            $"{what}: '{command}' {run.Describe()} in {run.WallTime.TotalSeconds:0.0} s.\n{run.OutputTail}",
            dedupeKey: $"run:{phase}:{attempt}", cancellationToken: cancellationToken);
    }
}
