namespace Asa.Benchmarks;

/// <summary>
/// What ASA did with one corpus case. <see cref="Status"/> is the task's final status (or NOT_SUBMITTED / LOST when the
/// client never saw it end); <see cref="Correct"/> is null unless the task came back fixed.
/// </summary>
public sealed record CorpusCaseResult(
    string Name,
    string Language,
    string Category,
    string Bug,
    bool EngineFixable,
    string Set,
    string? TaskId,
    string Status,
    bool TimedOut,
    bool Fixed,
    bool? Correct,
    string? CorrectnessReason,
    double Seconds,
    int? CandidatesGenerated,
    int? CandidatesRun,
    string? SearchStopped,
    string? Error)
{
    public const double SlowSeconds = 300;

    public bool FixedAndCorrect => Fixed && Correct == true;

    /// <summary>Passed the repository's tests but not the held-back ones: a fix that only looks like one.</summary>
    public bool Overfits => Fixed && Correct == false;
}
