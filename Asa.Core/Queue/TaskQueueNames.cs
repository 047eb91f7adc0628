namespace Asa.Core.Queue;

/// <summary>The Redis keys and channels through which tasks and their events travel.</summary>
public static class TaskQueueNames
{
    public const string ConnectionName = "redis";

    /// <summary>The stream of task ids waiting for a worker.</summary>
    public const string Stream = "asa:tasks";

    /// <summary>The consumer group all workers read the stream through.</summary>
    public const string ConsumerGroup = "asa-workers";

    /// <summary>Stream field holding the task id.</summary>
    public const string TaskIdField = "task";

    /// <summary>Stream field holding the W3C traceparent of the submit, so the worker's spans join its trace.</summary>
    public const string TraceParentField = "traceparent";

    /// <summary>Dead-letter stream for entries that can never be processed.</summary>
    public const string DeadLetterStream = "asa:tasks:dead";

    /// <summary>Pub/sub channel poked with a task id whenever that task has a new event.</summary>
    public const string EventsChannel = "asa:task-events";

    /// <summary>Pub/sub channel carrying the ids of tasks cancelled by a user.</summary>
    public const string CancelChannel = "asa:task-cancel";

    /// <summary>Pub/sub channel poked when a task is enqueued, so idle workers wake at once.</summary>
    public const string EnqueuedChannel = "asa:task-enqueued";
}
