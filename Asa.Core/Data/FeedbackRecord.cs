namespace Asa.Core.Data;

/// <summary>A row of <c>feedback</c>: a user's verdict on a task's fix.</summary>
public sealed class FeedbackRecord
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public required string UserId { get; set; }
    public int Rating { get; set; }
    public bool Approved { get; set; }
    public string? Comment { get; set; }
    public List<string> Issues { get; set; } = [];
    public DateTime CreatedAt { get; set; }
}
