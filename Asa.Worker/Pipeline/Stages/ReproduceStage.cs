using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Sandbox;
using Asa.Worker.Tasks;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// TESTING_BEFORE_FIX: puts the clone in a sandbox workspace, runs the setup command (with network, if given)
/// and then the test command there. Tests that already pass mean the bug is not reproduced, and the task ends.
/// </summary>
public sealed class ReproduceStage(SandboxClient sandbox, TaskJournal journal, TaskStore store, IOptions<WorkerOptions> options) : IPipelineStage
{
    public TaskState State => TaskState.TestingBeforeFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var testCommand = context.TestCommand ?? throw AsaException.User("No test command is known for this task.");
        context.WorkspaceId = await sandbox.UploadAsync(context.TaskId, context.Workspace, cancellationToken);

        if (context.Task.SetupCommand is { } setup)
        {
            var prepared = await sandbox.RunAsync(context.WorkspaceId, setup, allowNetwork: true, options.Value.SetupTimeLimit, cancellationToken);
            await RecordRunAsync(context, "Setup", TestPhases.Setup, setup, prepared, cancellationToken);
            if (!prepared.Succeeded)
            {
                throw AsaException.User($"The setup command '{setup}' failed ({Describe(prepared)}):\n{prepared.OutputTail}");
            }
        }

        var run = await sandbox.RunAsync(context.WorkspaceId, testCommand, allowNetwork: false, options.Value.TestTimeLimit, cancellationToken);
        await RecordRunAsync(context, "Tests before the fix", TestPhases.BeforeFix, testCommand, run, cancellationToken);
        if (run.Result.LimitsHit.Count > 0)
        {
            throw AsaException.Resource($"The tests did not finish: '{testCommand}' {Describe(run)}.\n{run.OutputTail}");
        }
        if (run.Result.ExitCode == 0)
        {
            throw AsaException.User(
                $"Bug not reproduced: '{testCommand}' passes before any change (exit code 0), so there is no failing test to fix. " +
                "Add a test that shows the bug, or give a test command that runs one.");
        }
    }

    private async Task RecordRunAsync(
        TaskContext context, string what, string phase, string command, SandboxRun run, CancellationToken cancellationToken)
    {
        await store.RecordTestRunAsync(context.TaskId, phase, attempt: 1, command, run.Succeeded, run.Result.ExitCode,
            run.Result.LimitsHit.Select(DescribeLimit).ToList(), run.Result.WallTime.ToTimeSpan(), run.OutputTail, cancellationToken);
        await journal.LogAsync(context.TaskId, State, run.Succeeded ? LogSeverity.Info : LogSeverity.Warning,
            $"{what}: '{command}' {Describe(run)} in {run.Result.WallTime.ToTimeSpan().TotalSeconds:0.0} s.\n{run.OutputTail}",
            dedupeKey: $"run:{what}", cancellationToken: cancellationToken);
    }

    private static string Describe(SandboxRun run) =>
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
