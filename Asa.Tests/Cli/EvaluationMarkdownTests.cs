using Asa.Cli.Evaluation;
using Asa.Protos.V1;
using Google.Protobuf.WellKnownTypes;

namespace Asa.Tests.Cli;

/// <summary>The Markdown of <c>asa eval report</c>, built from the API's report and comparison messages.</summary>
public sealed class EvaluationMarkdownTests
{
    [Fact]
    public void AReportShowsTheRunItsFiguresByGroupAndEachCase()
    {
        var markdown = EvaluationReportMarkdown.Render(Report("run-a", "prompt v3",
            Result("py-clamp-bounds", "business", "easy", passed: true, correct: true, seconds: 12),
            Result("js-leap-year", "algorithm", "easy", passed: true, correct: false, seconds: 30),
            Result("cs-fifo-stock", "business", "hard", passed: false, correct: false, seconds: 95)));

        Assert.Contains("# Evaluation run run-a", markdown);
        Assert.Contains("- label: prompt v3", markdown);
        Assert.Contains("- recorded: 3 of 3 cases", markdown);
        Assert.Contains("- selection: 3 case(s), any category and difficulty", markdown);
        Assert.Contains("| all | 3 | 3 | 2 | 66.7% | 1 / 3 | 33.3% | 30.0s | $0.0300 |", markdown);
        Assert.Contains("## By category", markdown);
        Assert.Contains("| business | 2 | 2 | 1 | 50.0% | 1 / 2 | 50.0% |", markdown);
        Assert.Contains("| algorithm | 1 | 1 | 1 | 100.0% | 0 / 1 | 0.0% |", markdown);
        Assert.Contains("## By difficulty", markdown);
        Assert.Contains("| easy | 2 | 2 | 2 | 100.0% | 1 / 2 | 50.0% |", markdown);
        Assert.Contains("| hard | 1 | 1 | 0 | 0.0% | 0 / 1 | 0.0% |", markdown);
        Assert.Contains("| js-leap-year | algorithm | easy | recorded | COMPLETED | yes | no | 30.0s | $0.0100 | 2 | task-js-leap-year |", markdown);
        Assert.Contains("| cs-fifo-stock | business | hard | recorded | FAILED | no | no | 1m35s |", markdown);
    }

    [Fact]
    public void RatesOfGroupsWithNothingCountedAreNotApplicable()
    {
        var running = new EvaluationResult { CaseName = "py-clamp-bounds", State = EvaluationStates.Running, TaskStatus = TaskState.GeneratingFix };
        var report = new EvaluationReport
        {
            Run = new EvaluationRun { RunId = "run-b", Cases = 1, Category = "business", Difficulty = "hard" },
            Overall = new EvaluationTotals { Group = "all", Cases = 1 },
            Results = { running },
        };

        var markdown = EvaluationReportMarkdown.Render(report);

        Assert.Contains("| all | 1 | 0 | 0 | n/a | 0 / 0 | n/a | n/a | $0.0000 |", markdown);
        Assert.Contains("- finished: not yet", markdown);
        Assert.Contains("- selection: 1 case(s), category business, difficulty hard", markdown);
        Assert.Contains("| py-clamp-bounds |  |  | running | GENERATING_FIX |  |  |", markdown);
    }

    [Fact]
    public void ASummaryWithPipesAndLinesStaysInItsCell()
    {
        var result = Result("py-clamp-bounds", "business", "easy", passed: false, correct: false, seconds: 1);
        result.Summary = "held-back check failed:\nassert a | b";

        var markdown = EvaluationReportMarkdown.Render(Report("run-c", "", result));

        Assert.Contains(@"| held-back check failed: assert a \| b |", markdown);
    }

    [Fact]
    public void AComparisonPutsTheRunsSideBySideAndListsWhatOnlyOneFixed()
    {
        var baseReport = Report("run-base", "prompt v2",
            Result("py-clamp-bounds", "business", "easy", passed: true, correct: true, seconds: 10),
            Result("js-leap-year", "algorithm", "easy", passed: false, correct: false, seconds: 20));
        var otherReport = Report("run-other", "prompt v3",
            Result("py-clamp-bounds", "business", "easy", passed: false, correct: false, seconds: 10),
            Result("js-leap-year", "algorithm", "easy", passed: true, correct: true, seconds: 20));
        var comparison = new EvaluationComparison
        {
            Base = baseReport,
            Other = otherReport,
            Cases =
            {
                new CaseComparison { CaseName = "js-leap-year", Base = baseReport.Results[1], Other = otherReport.Results[1], Change = "fixed only in other" },
                new CaseComparison { CaseName = "py-clamp-bounds", Base = baseReport.Results[0], Other = otherReport.Results[0], Change = "fixed only in base" },
                new CaseComparison { CaseName = "py-new-case", Other = Result("py-new-case", "business", "hard", passed: true, correct: true, seconds: 5), Change = "only in other run" },
            },
            FixedOnlyInBase = { "py-clamp-bounds" },
            FixedOnlyInOther = { "js-leap-year" },
        };

        var markdown = EvaluationComparisonMarkdown.Render(comparison);

        Assert.Contains("# Evaluation runs compared: run-base (base) and run-other (other)", markdown);
        Assert.Contains("| label | prompt v2 | prompt v3 |", markdown);
        Assert.Contains("| pass rate | 50.0% | 50.0% |", markdown);
        Assert.Contains("| correct / checked | 1 / 2 | 1 / 2 |", markdown);
        Assert.Contains("## Fixed only in base (run-base)\n\n- py-clamp-bounds\n", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("## Fixed only in other (run-other)\n\n- js-leap-year\n", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("| js-leap-year | not passed (FAILED), incorrect | passed, correct | fixed only in other |", markdown);
        Assert.Contains("| py-new-case | not in run | passed, correct | only in other run |", markdown);
    }

    [Fact]
    public void AComparisonWhereNeitherRunFixedMoreSaysNone()
    {
        var comparison = new EvaluationComparison { Base = Report("run-1", ""), Other = Report("run-2", "") };

        var markdown = EvaluationComparisonMarkdown.Render(comparison).ReplaceLineEndings("\n");

        Assert.Contains("## Fixed only in base (run-1)\n\nNone.\n", markdown);
        Assert.Contains("## Fixed only in other (run-2)\n\nNone.\n", markdown);
    }

    private static EvaluationResult Result(string name, string category, string difficulty, bool passed, bool correct, int seconds) => new()
    {
        CaseName = name,
        Category = category,
        Difficulty = difficulty,
        TaskId = $"task-{name}",
        State = EvaluationStates.Recorded,
        TaskStatus = passed ? TaskState.Completed : TaskState.Failed,
        Passed = passed,
        Correct = correct,
        Duration = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)),
        CostUsd = 0.01,
        Attempts = 2,
    };

    /// <summary>A report whose totals are computed here from the results, as the server would.</summary>
    private static EvaluationReport Report(string runId, string label, params EvaluationResult[] results)
    {
        var report = new EvaluationReport
        {
            Run = new EvaluationRun { RunId = runId, Label = label, Fixer = "engine", Cases = results.Length, Recorded = results.Length, CreatedAt = Timestamp.FromDateTime(new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc)) },
            Overall = Totals("all", results),
            Results = { results },
        };
        report.ByCategory.AddRange(results.GroupBy(r => r.Category).Select(g => Totals(g.Key, [.. g])));
        report.ByDifficulty.AddRange(results.GroupBy(r => r.Difficulty).Select(g => Totals(g.Key, [.. g])));
        return report;
    }

    private static EvaluationTotals Totals(string group, EvaluationResult[] results)
    {
        var durations = results.Select(r => r.Duration.ToTimeSpan()).Order().ToList();
        var passed = results.Count(r => r.Passed);
        var correct = results.Count(r => r.Correct);
        return new EvaluationTotals
        {
            Group = group,
            Cases = results.Length,
            Recorded = results.Length,
            Passed = passed,
            Checked = results.Length,
            Correct = correct,
            PassRate = results.Length == 0 ? 0 : (double)passed / results.Length,
            CorrectnessRate = results.Length == 0 ? 0 : (double)correct / results.Length,
            MedianDuration = durations.Count == 0 ? null : Duration.FromTimeSpan(durations[durations.Count / 2]),
            TotalCostUsd = results.Sum(r => r.CostUsd),
        };
    }
}
