namespace Asa.Core.Data;

/// <summary>A row of <c>tasks</c>: the source of truth for a task's state.</summary>
public sealed class TaskRecord
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Status { get; set; }
    public required string RepoUrl { get; set; }
    public required string BugDescription { get; set; }
    public string? TestCommand { get; set; }
    public string? SetupCommand { get; set; }
    public string? BaseBranch { get; set; }
    public string? CommitSha { get; set; }
    public string? Inventory { get; set; }
    /// <summary>The verified fix as protobuf JSON (<c>asa.v1.TaskFix</c>); null until one passed verification.</summary>
    public string? Fix { get; set; }
    /// <summary>What the embedded repair engine's search did, as protobuf JSON (<c>asa.v1.RepairSearch</c>); null until it ran.</summary>
    public string? RepairSearch { get; set; }
    /// <summary>The pull request as protobuf JSON (<c>asa.v1.PullRequest</c>); null until one is opened.</summary>
    public string? PullRequest { get; set; }
    /// <summary>The failed task whose verified fix (and pushed branch, if any) this one was created to deliver again.</summary>
    public Guid? RetryOf { get; set; }
    /// <summary>The fixer asked for at submission (<c>engine</c>, <c>model</c>, <c>engine-first</c>); null for the worker's configured one.</summary>
    public string? Fixer { get; set; }
    /// <summary>The model asked for at submission; null for the worker's configured one.</summary>
    public string? Model { get; set; }
    public string? ErrorStage { get; set; }
    public string? ErrorClass { get; set; }
    public string? ErrorMessage { get; set; }
    public string? TraceParent { get; set; }
    public int Deliveries { get; set; }

    /// <summary>The worker processing the task; with <see cref="LeaseExpiresAt"/> it keeps two workers off one task.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>The sequence number of the task's last event; bumping it locks the row, so events commit in order.</summary>
    public long EventSeq { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? StageStartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
}
