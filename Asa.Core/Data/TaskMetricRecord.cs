namespace Asa.Core.Data;

/// <summary>A row of <c>task_metrics</c>: one named measurement of a task (stage time, candidates tried, ...).</summary>
public sealed class TaskMetricRecord
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public required string Name { get; set; }
    public string? Stage { get; set; }
    public double Value { get; set; }
    public DateTime CreatedAt { get; set; }
}
