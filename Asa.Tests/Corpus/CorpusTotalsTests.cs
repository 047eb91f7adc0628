using Asa.Benchmarks;

namespace Asa.Tests.Corpus;

public sealed class CorpusTotalsTests
{
    [Fact]
    public void TotalsCountFixesAndCorrectFixesAndTimeOnlyTheFixedCasesMedian()
    {
        CorpusCaseResult[] results =
        [
            Result("py-a", "python", fixedInSeconds: 40, correct: true),
            Result("py-b", "python", fixedInSeconds: 100, correct: false, set: "evaluation"),
            Result("py-c", "python", fixedInSeconds: null, seconds: 360, timedOut: true, set: "evaluation"),
            Result("js-a", "javascript", fixedInSeconds: 10, correct: true, oneEdit: false),
            Result("java-a", "java", fixedInSeconds: null, seconds: 12),
        ];

        var totals = CorpusTotals.OverallAndByLanguage(results);

        Assert.Equal(["all", "tuning half", "evaluation half", "java", "javascript", "python"], totals.Select(t => t.Scope));
        var all = totals[0];
        Assert.Equal((5, 3, 2, 40.0), (all.Cases, all.Fixed, all.Correct, all.FixedAndCorrectPercent));
        Assert.Equal(1, all.Overfitting);
        Assert.Equal(100.0 / 3, all.OverfittingPercentOfFixes!.Value, precision: 6);
        Assert.Equal((4, 1), (all.OneEditCases, all.OneEditCorrect));
        var evaluation = totals.Single(t => t.Scope == "evaluation half");
        Assert.Equal((2, 1, 0, 1), (evaluation.Cases, evaluation.Fixed, evaluation.Correct, evaluation.Overfitting));
        Assert.Equal(100, evaluation.OverfittingPercentOfFixes);
        var tuning = totals.Single(t => t.Scope == "tuning half");
        Assert.Equal((3, 2, 2, 0), (tuning.Cases, tuning.Fixed, tuning.Correct, tuning.Overfitting));
        Assert.Equal(40, all.MedianSecondsToFix);
        Assert.Equal(360, all.MaxSeconds);
        Assert.Equal(1, all.CasesOver300Seconds);
        var python = totals.Single(t => t.Scope == "python");
        Assert.Equal((3, 2, 1), (python.Cases, python.Fixed, python.Correct));
        Assert.Equal(70, python.MedianSecondsToFix);
        Assert.Equal(100.0 / 3, python.FixedAndCorrectPercent, precision: 6);
        var java = totals.Single(t => t.Scope == "java");
        Assert.Null(java.MedianSecondsToFix);
        Assert.Equal(0, java.FixedAndCorrectPercent);
    }

    [Fact]
    public void NoResultsGiveZerosAndNoTimes()
    {
        var all = Assert.Single(CorpusTotals.OverallAndByLanguage([]));

        Assert.Equal((0, 0, 0, 0.0, 0), (all.Cases, all.Fixed, all.Correct, all.FixedAndCorrectPercent, all.CasesOver300Seconds));
        Assert.Null(all.OverfittingPercentOfFixes);
        Assert.Null(all.MedianSecondsToFix);
        Assert.Null(all.MaxSeconds);
    }

    private static CorpusCaseResult Result(
        string name, string language, double? fixedInSeconds, bool? correct = null, double seconds = 0, bool timedOut = false, string set = "tuning", bool oneEdit = true) =>
        new(name, language, "algorithm", oneEdit ? "operator" : "two-edits", oneEdit, set, $"task-{name}",
            fixedInSeconds is null ? (timedOut ? "CANCELLED" : "FAILED") : "COMPLETED",
            timedOut,
            fixedInSeconds is not null,
            correct,
            correct switch { true => "the held-back command passed", false => "the held-back command exited 1", null => null },
            fixedInSeconds ?? seconds,
            null, null, null,
            fixedInSeconds is null && !timedOut ? "no fixer is configured" : null);
}
