using Asa.Core.Data;
using Asa.Protos.V1;

namespace Asa.Worker.Pipeline;

/// <summary>What the stages of one task run share: the task as leased, its workspace, and what earlier stages found.</summary>
public sealed class TaskContext(TaskRecord task, string workspace)
{
    public TaskRecord Task { get; } = task;

    public Guid TaskId => Task.Id;

    /// <summary>The folder the repository is cloned into; the worker's own, never run.</summary>
    public string Workspace { get; } = workspace;

    public string? CommitSha { get; set; } = task.CommitSha;

    public CodeInventory? Inventory { get; set; }

    /// <summary>The sandbox workspace holding the repository's files, once uploaded.</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>The command that runs the repository's tests: as submitted, else as detected.</summary>
    public string? TestCommand { get; set; } = task.TestCommand;
}
