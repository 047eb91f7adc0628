using System.Globalization;
using Asa.Cli.Output;
using Asa.Protos.V1;

namespace Asa.Cli.Evaluation;

/// <summary>The figures of evaluation runs as report cells: rates as percentages, "n/a" where nothing was counted.</summary>
public static class EvaluationFigures
{
    public const string NotApplicable = "n/a";

    /// <summary>The columns <see cref="TotalsCells"/> fills, after the group's name.</summary>
    public static readonly string[] TotalsHeaders =
        ["cases", "recorded", "passed", "pass rate", "correct / checked", "correctness rate", "median time", "total cost"];

    public static string[] TotalsCells(EvaluationTotals totals) =>
    [
        Count(totals.Cases),
        Count(totals.Recorded),
        Count(totals.Passed),
        totals.Recorded == 0 ? NotApplicable : Rate(totals.PassRate),
        $"{Count(totals.Correct)} / {Count(totals.Checked)}",
        totals.Checked == 0 ? NotApplicable : Rate(totals.CorrectnessRate),
        totals.Recorded == 0 || totals.MedianDuration is null ? NotApplicable : HumanText.Duration(totals.MedianDuration),
        HumanText.Money(totals.TotalCostUsd),
    ];

    /// <summary>A fraction of 1 as a percentage with one decimal: 0.6667 is "66.7%".</summary>
    public static string Rate(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0.0}%");

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static string Passed(EvaluationResult result) => result.State == EvaluationStates.Recorded ? YesNo(result.Passed) : "";

    /// <summary>yes or no once judged; "no check" when the case has none.</summary>
    public static string Correct(EvaluationResult result) =>
        result.State != EvaluationStates.Recorded ? ""
        : result.HasCorrect ? YesNo(result.Correct)
        : "no check";

    public static string TaskStatus(EvaluationResult result) =>
        result.TaskStatus == TaskState.Unspecified ? "" : result.TaskStatus.Name();

    /// <summary>How a case ended in one run, in a few words: "passed, correct", "failed (FAILED)", "running".</summary>
    public static string Outcome(EvaluationResult? result)
    {
        if (result is null)
        {
            return "not in run";
        }
        if (result.State != EvaluationStates.Recorded)
        {
            return result.State;
        }
        var passed = result.Passed ? "passed" : $"not passed ({TaskStatus(result)})";
        return result.HasCorrect ? $"{passed}, {(result.Correct ? "correct" : "incorrect")}" : passed;
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
