using System.Text;
using Asa.Cli.Output;
using Asa.Protos.V1;

namespace Asa.Cli.Evaluation;

/// <summary>An evaluation run's report as Markdown: the run, its figures overall, by category and by difficulty, then each case.</summary>
public static class EvaluationReportMarkdown
{
    public static string Render(EvaluationReport report)
    {
        var markdown = new StringBuilder();
        var run = report.Run ?? new EvaluationRun();
        markdown.AppendLine($"# Evaluation run {run.RunId}").AppendLine();
        WriteRun(markdown, run);
        WriteTotals(markdown, "Overall", [report.Overall ?? new EvaluationTotals { Group = "all" }]);
        WriteTotals(markdown, "By category", report.ByCategory);
        WriteTotals(markdown, "By difficulty", report.ByDifficulty);
        markdown.AppendLine("## Cases").AppendLine();
        if (report.Results.Count == 0)
        {
            markdown.AppendLine("No cases.");
            return markdown.ToString();
        }
        var table = new MarkdownTable("case", "category", "difficulty", "state", "task status", "passed", "correct", "time", "cost", "attempts", "task", "summary", "notes");
        foreach (var result in report.Results)
        {
            table.Add(result.CaseName, result.Category, result.Difficulty, result.State, EvaluationFigures.TaskStatus(result),
                EvaluationFigures.Passed(result), EvaluationFigures.Correct(result), HumanText.Duration(result.Duration),
                HumanText.Money(result.CostUsd), EvaluationFigures.Count(result.Attempts), result.TaskId,
                HumanText.Shorten(result.Summary, 120), result.Notes);
        }
        table.WriteTo(markdown);
        return markdown.ToString();
    }

    /// <summary>The run's settings as a list: label, fixer, model, selection, times and progress.</summary>
    public static void WriteRun(StringBuilder markdown, EvaluationRun run)
    {
        foreach (var (name, value) in RunFacts(run))
        {
            markdown.AppendLine($"- {name}: {value}");
        }
        markdown.AppendLine();
    }

    public static IEnumerable<(string Name, string Value)> RunFacts(EvaluationRun run)
    {
        yield return ("label", Or(run.Label, "(none)"));
        yield return ("fixer", Or(run.Fixer, "the workers' configured one"));
        yield return ("model", Or(run.Model, "the workers' configured one"));
        yield return ("selection", Selection(run));
        yield return ("started", HumanText.Time(run.CreatedAt));
        yield return ("finished", run.FinishedAt is null ? "not yet" : HumanText.Time(run.FinishedAt));
        yield return ("recorded", $"{run.Recorded} of {run.Cases} cases");
    }

    private static void WriteTotals(StringBuilder markdown, string title, IEnumerable<EvaluationTotals> groups)
    {
        markdown.AppendLine($"## {title}").AppendLine();
        var table = new MarkdownTable(["group", .. EvaluationFigures.TotalsHeaders]);
        foreach (var totals in groups)
        {
            table.Add([totals.Group, .. EvaluationFigures.TotalsCells(totals)]);
        }
        table.WriteTo(markdown);
        markdown.AppendLine();
    }

    private static string Selection(EvaluationRun run)
    {
        // A run started with case names records only its cases, so the selection says how many, never "all".
        var parts = new List<string> { $"{run.Cases} case(s)" };
        if (run.Category.Length > 0)
        {
            parts.Add($"category {run.Category}");
        }
        if (run.Difficulty.Length > 0)
        {
            parts.Add($"difficulty {run.Difficulty}");
        }
        if (parts.Count == 1)
        {
            parts.Add("any category and difficulty");
        }
        return string.Join(", ", parts);
    }

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
