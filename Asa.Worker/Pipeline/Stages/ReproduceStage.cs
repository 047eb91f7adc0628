using Asa.Core.Errors;
using Asa.Protos.V1;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// TESTING_BEFORE_FIX when no model writes a reproduction test: the user's own tests must fail, else the bug is not
/// reproduced and the task ends.
/// </summary>
public sealed class ReproduceStage(WorkspacePreparer preparer) : IPipelineStage
{
    public TaskState State => TaskState.TestingBeforeFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var run = await preparer.PrepareAsync(context, cancellationToken);
        if (run.Result.ExitCode == 0)
        {
            throw AsaException.User(
                $"Bug not reproduced: '{context.TestCommand}' passes before any change (exit code 0), so there is no failing test to fix. " +
                "Add a test that shows the bug, or give a test command that runs one.");
        }
    }
}
