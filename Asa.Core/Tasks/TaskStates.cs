using Asa.Protos.V1;

namespace Asa.Core.Tasks;

/// <summary>Names of task states as stored and shown (the proto names), and which of them end a task.</summary>
public static class TaskStates
{
    public static readonly IReadOnlyList<TaskState> Terminal = [TaskState.Completed, TaskState.Failed, TaskState.Cancelled];

    /// <summary>The terminal states as a SQL list, for queries that must not touch finished tasks.</summary>
    public const string TerminalSqlList = "('COMPLETED', 'FAILED', 'CANCELLED')";

    public static string ToName(this TaskState state) => ProtoEnumNames<TaskState>.NameOf(state);

    public static bool IsTerminal(this TaskState state) =>
        state is TaskState.Completed or TaskState.Failed or TaskState.Cancelled;

    public static TaskState Parse(string name) =>
        ProtoEnumNames<TaskState>.TryParse(name, out var state) ? state : throw new ArgumentException($"Unknown task state '{name}'.", nameof(name));
}
