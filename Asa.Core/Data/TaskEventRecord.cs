namespace Asa.Core.Data;

/// <summary>A row of <c>task_events</c>: one status change or log line of a task.</summary>
public sealed class TaskEventRecord
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public long Seq { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string Kind { get; set; }
    public string? FromStatus { get; set; }
    public string? ToStatus { get; set; }
    public string? Stage { get; set; }
    public string? Level { get; set; }
    public string? Message { get; set; }
    public long? DurationMs { get; set; }
    public string? ErrorClass { get; set; }

    /// <summary>Set for events that must be written once per task even when a stage runs again after a crash.</summary>
    public string? DedupeKey { get; set; }
}

public static class TaskEventKinds
{
    public const string Status = "status";
    public const string Log = "log";
}
