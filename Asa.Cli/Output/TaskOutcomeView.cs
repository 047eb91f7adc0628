using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Output;

/// <summary>How a task ended, in a line or two: its result, or the stage, class and message of its error.</summary>
public static class TaskOutcomeView
{
    public static void Write(IAnsiConsole console, AsaTask task)
    {
        var took = task.EndedAt is null
            ? ""
            : $" after {HumanText.Duration(task.EndedAt.ToDateTime() - (task.StartedAt ?? task.CreatedAt).ToDateTime())}";
        switch (task.Status)
        {
            case TaskState.Completed:
                console.MarkupLine($"[green bold]COMPLETED[/]{took}");
                WriteResult(console, task);
                break;
            case TaskState.Failed:
                var error = task.Error;
                console.MarkupLine(error is null
                    ? $"[red bold]FAILED[/]{took}"
                    : $"[red bold]FAILED[/] at {error.Stage.Name()} ({error.ErrorClass.Name()}){took}: {Markup.Escape(error.Message)}");
                break;
            case TaskState.Cancelled:
                console.MarkupLine($"[yellow bold]CANCELLED[/]{took}");
                break;
            default:
                console.MarkupLine($"[{task.Status.Colour()}]{task.Status.Name()}[/] (still running; 'asa watch {task.TaskId}' follows it)");
                break;
        }
    }

    // The API reports no diff or pull request yet (AsaTask has no such fields); say what the fix was made against.
    private static void WriteResult(IAnsiConsole console, AsaTask task)
    {
        if (task.CommitSha.Length > 0)
        {
            console.MarkupLine($"  {Markup.Escape(task.RepoUrl)}: {Markup.Escape(task.BaseBranch)} at {Markup.Escape(task.CommitSha)}");
        }
    }
}
