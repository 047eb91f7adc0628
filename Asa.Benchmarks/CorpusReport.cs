namespace Asa.Benchmarks;

/// <summary>A <c>corpus</c> run: where it ran, every case's result and the totals; <see cref="Incomplete"/> says why it stopped early.</summary>
public sealed record CorpusReport(
    DateTimeOffset StartedAt,
    Uri Server,
    string User,
    string Corpus,
    TimeSpan CaseTimeout,
    IReadOnlyList<CorpusCaseResult> Results,
    string? Incomplete)
{
    public IReadOnlyList<CorpusTotals> Totals => CorpusTotals.OverallAndByLanguage(Results);
}
