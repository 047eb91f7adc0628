using Asa.Api.Evaluation;
using Asa.Protos.V1;
using Google.Protobuf.WellKnownTypes;

namespace Asa.Tests.Evaluation;

public sealed class EvaluationReportsTests
{
    private static readonly EvaluationRun Run = new() { RunId = "run", Cases = 5 };

    [Fact]
    public void RatesAreOverRecordedResultsAndCorrectnessOverTheCheckedOnes()
    {
        var results = new[]
        {
            Result("a", "algorithm", "easy", passed: true, correct: true, seconds: 10, cost: 0.25),
            Result("b", "algorithm", "hard", passed: true, correct: false, seconds: 30, cost: 0.5),
            Result("c", "", "easy", passed: true, correct: null, seconds: 20),
            Result("d", "business", "hard", passed: false, correct: false, seconds: 40),
            Result("e", "business", "easy", passed: false, correct: null, seconds: 0, state: "running"),
        };

        var report = EvaluationReports.Build(Run, results);

        var all = report.Overall;
        Assert.Equal(("all", 5, 4, 3, 3, 1), (all.Group, all.Cases, all.Recorded, all.Passed, all.Checked, all.Correct));
        Assert.Equal(0.75, all.PassRate);
        Assert.Equal(1.0 / 3, all.CorrectnessRate, 9);
        Assert.Equal(TimeSpan.FromSeconds(25), all.MedianDuration.ToTimeSpan());
        Assert.Equal(0.75, all.TotalCostUsd);
        Assert.Equal(["(none)", "algorithm", "business"], report.ByCategory.Select(g => g.Group));
        Assert.Equal((2, 1, 0), (report.ByCategory[2].Cases, report.ByCategory[2].Recorded, report.ByCategory[2].Passed));
        Assert.Equal(["easy", "hard"], report.ByDifficulty.Select(g => g.Group));
        Assert.Equal(TimeSpan.FromSeconds(15), report.ByDifficulty[0].MedianDuration.ToTimeSpan());
        Assert.Empty(report.Run.Results);
        Assert.Equal(["a", "b", "c", "d", "e"], report.Results.Select(r => r.CaseName));
    }

    [Fact]
    public void AnEmptyGroupHasZeroRatesRatherThanNaN()
    {
        var totals = EvaluationReports.Totals("all", [Result("a", "", "", passed: false, correct: null, seconds: 0, state: "running")]);

        Assert.Equal((0, 0.0, 0.0, TimeSpan.Zero), (totals.Recorded, totals.PassRate, totals.CorrectnessRate, totals.MedianDuration.ToTimeSpan()));
    }

    [Fact]
    public void ACaseIsFixedWhenItPassedAndItsCheckIfAnyPassed()
    {
        var baseReport = EvaluationReports.Build(Run, [
            Result("both", "", "", passed: true, correct: true),
            Result("lost", "", "", passed: true, correct: null),
            Result("overfit", "", "", passed: true, correct: false),
            Result("waiting", "", "", passed: false, correct: null, state: "checking"),
            Result("gone", "", "", passed: true, correct: true),
            Result("refused", "", "", passed: false, correct: null, state: "not admitted"),
        ]);
        var otherReport = EvaluationReports.Build(Run, [
            Result("both", "", "", passed: true, correct: true),
            Result("lost", "", "", passed: false, correct: null),
            Result("overfit", "", "", passed: true, correct: true),
            Result("waiting", "", "", passed: true, correct: true),
            Result("new", "", "", passed: true, correct: true),
            Result("refused", "", "", passed: true, correct: null),
        ]);

        var comparison = EvaluationReports.Compare(baseReport, otherReport);

        Assert.Equal(
            [
                ("both", "fixed in both"), ("gone", "only in base run"), ("lost", "fixed only in base"), ("new", "only in other run"),
                ("overfit", "fixed only in other"), ("refused", "fixed only in other"), ("waiting", "pending"),
            ],
            comparison.Cases.Select(c => (c.CaseName, c.Change)));
        Assert.Equal(["lost"], comparison.FixedOnlyInBase);
        Assert.Equal(["overfit", "refused"], comparison.FixedOnlyInOther);
        Assert.Null(comparison.Cases.Single(c => c.CaseName == "new").Base);
    }

    private static EvaluationResult Result(
        string name, string category, string difficulty, bool passed, bool? correct, int seconds = 1, double cost = 0, string state = "recorded")
    {
        var result = new EvaluationResult
        {
            CaseName = name,
            Category = category,
            Difficulty = difficulty,
            State = state,
            Passed = passed,
            Duration = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)),
            CostUsd = cost,
        };
        if (correct is { } value)
        {
            result.Correct = value;
        }
        return result;
    }
}
