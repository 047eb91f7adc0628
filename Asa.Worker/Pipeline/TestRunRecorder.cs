using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Sandbox;
using Asa.Worker.Tasks;

namespace Asa.Worker.Pipeline;

/// <summary>Keeps each command a task ran in the sandbox: a <c>test_runs</c> row for GetTask and a log line for watchers.</summary>
public sealed class TestRunRecorder(TaskStore store, TaskJournal journal)
{
    public async Task RecordAsync(
        TaskContext context, string what, string phase, int attempt, string command, SandboxRun run, CancellationToken cancellationToken)
    {
        await store.RecordTestRunAsync(context.TaskId, phase, attempt, command, run.Succeeded, run.Result.ExitCode,
            run.Result.LimitsHit.Select(DescribeLimit).ToList(), run.Result.WallTime.ToTimeSpan(), run.OutputTail, cancellationToken);
        await journal.LogAsync(context.TaskId, context.Progress.Current, run.Succeeded ? LogSeverity.Info : LogSeverity.Warning,
            $"{what}: '{command}' {Describe(run)} in {run.Result.WallTime.ToTimeSpan().TotalSeconds:0.0} s.\n{run.OutputTail}",
            dedupeKey: $"run:{phase}:{attempt}", cancellationToken: cancellationToken);
    }

    public static string Describe(SandboxRun run) =>
        run.Result.LimitsHit.Count > 0
            ? $"was stopped by the sandbox's {string.Join(" and ", run.Result.LimitsHit.Select(DescribeLimit))} limit"
            : $"exited with code {run.Result.ExitCode}";

    private static string DescribeLimit(ExecLimitHit limit) => limit switch
    {
        ExecLimitHit.Time => "time",
        ExecLimitHit.Memory => "memory",
        ExecLimitHit.Output => "output",
        ExecLimitHit.Processes => "process",
        _ => limit.ToString(),
    };
}
