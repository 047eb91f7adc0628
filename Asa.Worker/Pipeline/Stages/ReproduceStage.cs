using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// TESTING_BEFORE_FIX when no model writes a reproduction test: the user's own tests must fail, else the bug is not
/// reproduced and the task ends. Tests that hang until the time limit reproduce it too: an endless loop is a bug.
/// </summary>
public sealed class ReproduceStage(WorkspacePreparer preparer, TaskJournal journal) : IPipelineStage
{
    public TaskState EntryState => TaskState.TestingBeforeFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var run = await preparer.PrepareAsync(context, cancellationToken);
        if (run.Hung)
        {
            await journal.LogAsync(context.TaskId, TaskState.TestingBeforeFix, LogSeverity.Info,
                $"The bug is reproduced by a hang: '{context.TestCommand}' did not finish within the test time limit " +
                $"({run.Run.WallTime.TotalSeconds:0} s), which the bug may cause (an endless loop). A fix must make the tests finish and pass.",
                dedupeKey: "reproduced-by-hang", cancellationToken: cancellationToken);
            return;
        }
        if (run.Run.ExitCode == 0)
        {
            throw AsaException.User(
                $"Bug not reproduced: '{context.TestCommand}' passes before any change (exit code 0), so there is no failing test to fix. " +
                "Add a test that shows the bug, or give a test command that runs one.");
        }
        if (run.Report is { Tests.Count: 0 } || run.Report is null && run.Executed == 0)
        {
            throw AsaException.User(
                $"Bug not reproduced: '{context.TestCommand}' fails (exit code {run.Run.ExitCode}) without running any test, so there is no " +
                $"failing test to fix. Give a test command that runs the repository's tests.\n{run.OutputTail}");
        }
    }
}
