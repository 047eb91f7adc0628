namespace Asa.Core.Data;

/// <summary>A row of <c>evaluation_results</c>: how one evaluation case fared in one run, filled in once its task has ended.</summary>
public sealed class EvaluationResultRecord
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string RunId { get; set; }
    public Guid? TaskId { get; set; }
    /// <summary>One of <see cref="EvaluationResultStates"/>.</summary>
    public required string State { get; set; }
    public bool Passed { get; set; }
    public bool? Correct { get; set; }
    public long DurationMs { get; set; }
    public decimal CostUsd { get; set; }
    public int Attempts { get; set; }
    /// <summary>What happened, written by ASA.</summary>
    public string? Summary { get; set; }
    /// <summary>A reviewer's notes.</summary>
    public string? Notes { get; set; }
    /// <summary>The task's status when the result was recorded.</summary>
    public string? TaskStatus { get; set; }
    /// <summary>The worker running the held-back check, and since when; a claim older than the check's time limit is taken over.</summary>
    public string? CheckClaimedBy { get; set; }
    public DateTime? CheckClaimedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RecordedAt { get; set; }
}
