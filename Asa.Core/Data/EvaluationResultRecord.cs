namespace Asa.Core.Data;

/// <summary>A row of <c>evaluation_results</c>: how one evaluation case fared in one run.</summary>
public sealed class EvaluationResultRecord
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string RunId { get; set; }
    public Guid? TaskId { get; set; }
    public bool Passed { get; set; }
    public bool? Correct { get; set; }
    public long DurationMs { get; set; }
    public decimal CostUsd { get; set; }
    public int Attempts { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
}
