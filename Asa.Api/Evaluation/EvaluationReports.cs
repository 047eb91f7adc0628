using Asa.Core.Data;
using Asa.Protos.V1;
using Google.Protobuf.WellKnownTypes;

namespace Asa.Api.Evaluation;

/// <summary>
/// The figures of a run, overall and by category and difficulty, and two runs case by case. Rates are over the recorded
/// results only, so a run still in progress reports what it knows; a case counts as fixed when its task passed and, if it
/// has a held-back check, the fix passed it.
/// </summary>
public static class EvaluationReports
{
    public const string AllGroup = "all";
    public const string NoGroup = "(none)";

    public static EvaluationReport Build(EvaluationRun run, IReadOnlyList<EvaluationResult> results)
    {
        var report = new EvaluationReport { Run = run.Clone(), Overall = Totals(AllGroup, results) };
        report.Run.Results.Clear();
        report.ByCategory.AddRange(GroupTotals(results, result => result.Category));
        report.ByDifficulty.AddRange(GroupTotals(results, result => result.Difficulty));
        report.Results.AddRange(results.OrderBy(result => result.CaseName, StringComparer.Ordinal));
        return report;
    }

    public static EvaluationTotals Totals(string group, IReadOnlyCollection<EvaluationResult> results)
    {
        var recorded = results.Where(IsRecorded).ToList();
        var checkedResults = recorded.Where(result => result.HasCorrect).ToList();
        var passed = recorded.Count(result => result.Passed);
        var correct = checkedResults.Count(result => result.Correct);
        return new EvaluationTotals
        {
            Group = group,
            Cases = results.Count,
            Recorded = recorded.Count,
            Passed = passed,
            Checked = checkedResults.Count,
            Correct = correct,
            PassRate = Rate(passed, recorded.Count),
            CorrectnessRate = Rate(correct, checkedResults.Count),
            MedianDuration = Duration.FromTimeSpan(Median(recorded.Select(result => result.Duration?.ToTimeSpan() ?? TimeSpan.Zero).ToList())),
            TotalCostUsd = (double)recorded.Sum(result => (decimal)result.CostUsd),
        };
    }

    public static bool IsRecorded(EvaluationResult result) => result.State == EvaluationResultStates.Recorded;

    public static bool IsFixed(EvaluationResult result) => IsRecorded(result) && result.Passed && (!result.HasCorrect || result.Correct);

    public static EvaluationComparison Compare(EvaluationReport baseReport, EvaluationReport otherReport)
    {
        var baseResults = baseReport.Results.ToDictionary(result => result.CaseName, StringComparer.Ordinal);
        var otherResults = otherReport.Results.ToDictionary(result => result.CaseName, StringComparer.Ordinal);
        var comparison = new EvaluationComparison { Base = baseReport, Other = otherReport };
        foreach (var name in baseResults.Keys.Union(otherResults.Keys).Order(StringComparer.Ordinal))
        {
            var inBase = baseResults.GetValueOrDefault(name);
            var inOther = otherResults.GetValueOrDefault(name);
            var change = Change(inBase, inOther);
            comparison.Cases.Add(new CaseComparison { CaseName = name, Base = inBase, Other = inOther, Change = change });
            if (change == FixedOnlyInBase)
            {
                comparison.FixedOnlyInBase.Add(name);
            }
            else if (change == FixedOnlyInOther)
            {
                comparison.FixedOnlyInOther.Add(name);
            }
        }
        return comparison;
    }

    private const string FixedOnlyInBase = "fixed only in base";
    private const string FixedOnlyInOther = "fixed only in other";

    private static string Change(EvaluationResult? inBase, EvaluationResult? inOther) => (inBase, inOther) switch
    {
        (null, _) => "only in other run",
        (_, null) => "only in base run",
        _ when !IsSettled(inBase) || !IsSettled(inOther) => "pending",
        _ => (IsFixed(inBase), IsFixed(inOther)) switch
        {
            (true, true) => "fixed in both",
            (true, false) => FixedOnlyInBase,
            (false, true) => FixedOnlyInOther,
            _ => "fixed in neither",
        },
    };

    // A case that was never admitted has settled too: it was not fixed.
    private static bool IsSettled(EvaluationResult result) =>
        result.State is EvaluationResultStates.Recorded or EvaluationResultStates.NotAdmitted;

    private static IEnumerable<EvaluationTotals> GroupTotals(IReadOnlyList<EvaluationResult> results, Func<EvaluationResult, string> key) =>
        results.GroupBy(result => key(result) is { Length: > 0 } group ? group : NoGroup, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => Totals(group.Key, group.ToList()));

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static TimeSpan Median(List<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
