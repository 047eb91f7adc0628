using System.Text.Json.Serialization;
using Asa.Corpus;

namespace Asa.Benchmarks;

/// <summary>
/// The figures of a group of case results (all of them, one half of the corpus, or one language's): how many were
/// fixed, how many of those fixes the held-back tests confirm, how many only look fixed (overfit), the same for the
/// one-edit cases, and the times. Times are seconds from submit to the task's end.
/// </summary>
public sealed record CorpusTotals(
    string Scope,
    int Cases,
    int Fixed,
    int Correct,
    double FixedAndCorrectPercent,
    int Overfitting,
    double? OverfittingPercentOfFixes,
    int OneEditCases,
    int OneEditCorrect,
    double? MedianSecondsToFix,
    double? MaxSeconds,
    [property: JsonPropertyName("cases_over_300_seconds")] int CasesOver300Seconds)
{
    public static CorpusTotals Of(string scope, IReadOnlyCollection<CorpusCaseResult> results)
    {
        var fixedTimes = results.Where(r => r.Fixed).Select(r => r.Seconds).Order().ToList();
        var correct = results.Count(r => r.FixedAndCorrect);
        var overfitting = results.Count(r => r.Overfits);
        return new CorpusTotals(
            scope,
            results.Count,
            fixedTimes.Count,
            correct,
            Percent(correct, results.Count) ?? 0,
            overfitting,
            Percent(overfitting, fixedTimes.Count),
            results.Count(r => r.EngineFixable),
            results.Count(r => r.EngineFixable && r.FixedAndCorrect),
            Median(fixedTimes),
            results.Count == 0 ? null : results.Max(r => r.Seconds),
            results.Count(r => r.Seconds > CorpusCaseResult.SlowSeconds));
    }

    /// <summary>
    /// One line for every case together, then one per half of the corpus that has results (tuning, then evaluation),
    /// then one per language, languages in name order.
    /// </summary>
    public static IReadOnlyList<CorpusTotals> OverallAndByLanguage(IReadOnlyCollection<CorpusCaseResult> results) =>
    [
        Of("all", results),
        .. new[] { CorpusCase.TuningSet, CorpusCase.EvaluationSet }
            .Select(set => (set, results: results.Where(r => r.Set == set).ToList()))
            .Where(half => half.results.Count > 0)
            .Select(half => Of($"{half.set} half", half.results)),
        .. results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Of(g.Key, g.ToList())),
    ];

    private static double? Percent(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;

    private static double? Median(IReadOnlyList<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
