using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Puts the clone in a sandbox workspace, runs the setup command there (with network, if one was given), then runs
/// the user's tests once as they are, so later runs have something to compare with.
/// </summary>
public sealed class WorkspacePreparer(SandboxClient sandbox, TestRunRecorder recorder, IOptions<WorkerOptions> options)
{
    public async Task<SandboxRun> PrepareAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var testCommand = context.TestCommand ?? throw AsaException.User("No test command is known for this task.");
        context.WorkspaceId = await sandbox.UploadAsync(context.TaskId, context.Workspace, cancellationToken);
        context.Owns(context.WorkspaceId);

        if (context.Task.SetupCommand is { } setup)
        {
            var prepared = await sandbox.RunAsync(context.WorkspaceId, setup, allowNetwork: true, options.Value.SetupTimeLimit, cancellationToken);
            await recorder.RecordAsync(context, "Setup", TestPhases.Setup, 1, setup, prepared, cancellationToken);
            if (!prepared.Succeeded)
            {
                throw AsaException.User($"The setup command '{setup}' failed ({TestRunRecorder.Describe(prepared)}):\n{prepared.OutputTail}");
            }
        }

        var run = await sandbox.RunAsync(context.WorkspaceId, testCommand, allowNetwork: false, options.Value.TestTimeLimit, cancellationToken);
        await recorder.RecordAsync(context, "Tests before the fix", TestPhases.BeforeFix, 1, testCommand, run, cancellationToken);
        if (run.Result.LimitsHit.Count > 0)
        {
            throw AsaException.Resource($"The tests did not finish: '{testCommand}' {TestRunRecorder.Describe(run)}.\n{run.OutputTail}");
        }
        context.BaselineRun = run;
        return run;
    }
}
