using System.Text;
using Asa.Protos.V1;

namespace Asa.Cli.Evaluation;

/// <summary>Two evaluation runs side by side as Markdown: their settings and overall figures, what only one fixed, and each case.</summary>
public static class EvaluationComparisonMarkdown
{
    public static string Render(EvaluationComparison comparison)
    {
        var markdown = new StringBuilder();
        var baseRun = comparison.Base?.Run ?? new EvaluationRun();
        var otherRun = comparison.Other?.Run ?? new EvaluationRun();
        markdown.AppendLine($"# Evaluation runs compared: {baseRun.RunId} (base) and {otherRun.RunId} (other)").AppendLine();

        var sideBySide = new MarkdownTable("", $"base {baseRun.RunId}", $"other {otherRun.RunId}");
        foreach (var ((name, baseValue), (_, otherValue)) in EvaluationReportMarkdown.RunFacts(baseRun).Zip(EvaluationReportMarkdown.RunFacts(otherRun)))
        {
            sideBySide.Add(name, baseValue, otherValue);
        }
        var baseTotals = EvaluationFigures.TotalsCells(comparison.Base?.Overall ?? new EvaluationTotals());
        var otherTotals = EvaluationFigures.TotalsCells(comparison.Other?.Overall ?? new EvaluationTotals());
        for (var column = 0; column < EvaluationFigures.TotalsHeaders.Length; column++)
        {
            sideBySide.Add(EvaluationFigures.TotalsHeaders[column], baseTotals[column], otherTotals[column]);
        }
        sideBySide.WriteTo(markdown);
        markdown.AppendLine();

        WriteCaseList(markdown, $"Fixed only in base ({baseRun.RunId})", comparison.FixedOnlyInBase);
        WriteCaseList(markdown, $"Fixed only in other ({otherRun.RunId})", comparison.FixedOnlyInOther);

        markdown.AppendLine("## Case by case").AppendLine();
        if (comparison.Cases.Count == 0)
        {
            markdown.AppendLine("No cases.");
            return markdown.ToString();
        }
        var cases = new MarkdownTable("case", "base", "other", "change");
        foreach (var caseComparison in comparison.Cases)
        {
            cases.Add(caseComparison.CaseName, EvaluationFigures.Outcome(caseComparison.Base), EvaluationFigures.Outcome(caseComparison.Other), caseComparison.Change);
        }
        cases.WriteTo(markdown);
        return markdown.ToString();
    }

    private static void WriteCaseList(StringBuilder markdown, string title, IReadOnlyCollection<string> caseNames)
    {
        markdown.AppendLine($"## {title}").AppendLine();
        if (caseNames.Count == 0)
        {
            markdown.AppendLine("None.");
        }
        foreach (var caseName in caseNames)
        {
            markdown.AppendLine($"- {caseName}");
        }
        markdown.AppendLine();
    }
}
