using Asa.Core.Queue;
using StackExchange.Redis;

namespace Asa.Worker.Queue;

/// <summary>A stream entry as the worker reads it: which task, and the trace it was submitted in.</summary>
public sealed record TaskEntry(string EntryId, Guid? TaskId, string? TraceParent)
{
    public static TaskEntry From(StreamEntry entry)
    {
        var taskField = entry[TaskQueueNames.TaskIdField];
        var trace = entry[TaskQueueNames.TraceParentField];
        return new TaskEntry(
            entry.Id.ToString(),
            Guid.TryParse(taskField.ToString(), out var id) ? id : null,
            trace.IsNullOrEmpty ? null : trace.ToString());
    }
}
