using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Evaluation;

/// <summary>An evaluation run for people: its settings and progress, then a line a case.</summary>
public static class EvaluationRunView
{
    public static void Write(IAnsiConsole console, EvaluationRun run)
    {
        console.MarkupLine($"Run [bold]{Markup.Escape(run.RunId)}[/]");
        foreach (var (name, value) in EvaluationReportMarkdown.RunFacts(run))
        {
            console.MarkupLine($"  [grey]{name}:[/] {Markup.Escape(value)}");
        }
        if (run.Results.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.None)
            .AddColumns("CASE", "STATE", "TASK STATUS", "PASSED", "CORRECT", "TIME", "COST", "ATTEMPTS", "TASK ID");
        foreach (var result in run.Results)
        {
            table.AddRow(
                Markup.Escape(result.CaseName),
                Markup.Escape(result.State),
                result.TaskStatus == TaskState.Unspecified ? "" : $"[{result.TaskStatus.Colour()}]{result.TaskStatus.Name()}[/]",
                EvaluationFigures.Passed(result),
                Markup.Escape(EvaluationFigures.Correct(result)),
                HumanText.Duration(result.Duration),
                HumanText.Money(result.CostUsd),
                EvaluationFigures.Count(result.Attempts),
                Markup.Escape(result.TaskId));
        }
        console.Write(table);
    }
}
