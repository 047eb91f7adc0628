namespace Asa.Core.Data;

/// <summary>A row of <c>evaluation_runs</c>: one run of a set of evaluation cases, each as a task of <see cref="UserId"/>.</summary>
public sealed class EvaluationRunRecord
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public string? Label { get; set; }
    public string? Fixer { get; set; }
    public string? Model { get; set; }
    public string? Category { get; set; }
    public string? Difficulty { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}
