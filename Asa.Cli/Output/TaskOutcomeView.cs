using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Output;

/// <summary>How a task ended: its result (pull request, fix and diff), or the stage, class and message of its error.</summary>
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

    private static void WriteResult(IAnsiConsole console, AsaTask task)
    {
        if (task.CommitSha.Length > 0)
        {
            console.MarkupLine($"  {Markup.Escape(task.RepoUrl)}: {Markup.Escape(task.BaseBranch)} at {Markup.Escape(task.CommitSha)}");
        }
        if (task.PullRequest is { Url.Length: > 0 } pullRequest)
        {
            console.MarkupLine($"  Pull request #{pullRequest.Number}: [link]{Markup.Escape(pullRequest.Url)}[/] (branch {Markup.Escape(pullRequest.Branch)})");
        }
        else if (task.PullRequest is { } proposed)
        {
            if (proposed.Branch.Length > 0 && proposed.PushedTo.Length > 0)
            {
                console.MarkupLine($"  Branch {Markup.Escape(proposed.Branch)} in {Markup.Escape(proposed.PushedTo)}");
            }
            if (proposed.Note.Length > 0)
            {
                console.MarkupLine($"  {Markup.Escape(proposed.Note)}");
            }
            console.MarkupLine($"  Proposed pull request: {Markup.Escape(proposed.Title)} ('asa show {task.TaskId} --json' has its body)");
        }
        if (task.Fix is not { } fix)
        {
            return;
        }
        console.MarkupLine($"  Fix: {fix.ChangedFiles.Count} file(s), confidence {fix.Confidence:0.00}, attempt {fix.Attempts}");
        if (fix.Rationale.Length > 0)
        {
            console.MarkupLine($"  {Markup.Escape(fix.Rationale)}");
        }
        if (fix.Verification.Length > 0)
        {
            console.MarkupLine($"  {Markup.Escape(fix.Verification)}");
        }
        if (fix.PreexistingFailures.Count > 0)
        {
            console.MarkupLine($"  [yellow]Pre-existing failures[/] (failing the same way before the fix, not caused by it): {Markup.Escape(string.Join(", ", fix.PreexistingFailures))}");
        }
        console.WriteLine();
        foreach (var line in fix.Diff.Split('\n'))
        {
            var colour = line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? "bold"
                : line.StartsWith('+') ? "green"
                : line.StartsWith('-') ? "red"
                : line.StartsWith("@@", StringComparison.Ordinal) ? "cyan"
                : null;
            console.MarkupLine(colour is null ? Markup.Escape(line) : $"[{colour}]{Markup.Escape(line)}[/]");
        }
    }
}
