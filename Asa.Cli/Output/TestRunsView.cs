using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Output;

/// <summary>The commands a task ran in the sandbox: phase, command, how each ended and how long it took.</summary>
public static class TestRunsView
{
    public static void Write(IAnsiConsole console, AsaTask task)
    {
        if (task.Tests.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.None).AddColumns("TESTS", "COMMAND", "RESULT", "DURATION");
        foreach (var run in task.Tests)
        {
            var result = run.LimitsHit.Count > 0 ? $"[red]stopped: {Markup.Escape(string.Join(", ", run.LimitsHit))} limit[/]"
                : run.Passed ? "[green]passed[/]"
                : $"[red]failed (exit {run.ExitCode})[/]";
            table.AddRow(
                Markup.Escape(run.Attempt > 1 ? $"{run.Phase} #{run.Attempt}" : run.Phase),
                Markup.Escape(run.Command),
                result,
                run.Duration is { } took ? HumanText.Duration(took.ToTimeSpan()) : "");
        }
        console.Write(table);
        console.WriteLine();
    }
}
