using StackExchange.Redis;

namespace Asa.Core.Queue;

/// <summary>
/// Puts task ids on the Redis stream. Each entry is also recorded in a hash in the same
/// transaction, so the reconciler can tell which unfinished tasks are missing from the stream after Redis lost data.
/// </summary>
public sealed class TaskQueue(IConnectionMultiplexer redis)
{
    /// <summary>Hash whose fields are the ids of tasks that have an entry on the stream.</summary>
    public const string EntryIndex = "asa:tasks:entries";

    public async Task<string> EnqueueAsync(Guid taskId, string? traceParent)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        var add = transaction.StreamAddAsync(TaskQueueNames.Stream,
        [
            new NameValueEntry(TaskQueueNames.TaskIdField, taskId.ToString()),
            new NameValueEntry(TaskQueueNames.TraceParentField, traceParent ?? ""),
        ]);
        _ = transaction.HashSetAsync(EntryIndex, taskId.ToString(), 1);
        if (!await transaction.ExecuteAsync())
        {
            throw new RedisException($"Enqueueing task {taskId} was not committed.");
        }
        await redis.GetSubscriber().PublishAsync(
            RedisChannel.Literal(TaskQueueNames.EnqueuedChannel), taskId.ToString(), CommandFlags.FireAndForget);
        return (await add).ToString();
    }

    /// <summary>Which of these tasks have no entry on the stream (Redis was flushed or lost writes).</summary>
    public async Task<IReadOnlyList<Guid>> FindMissingAsync(IReadOnlyList<Guid> taskIds)
    {
        if (taskIds.Count == 0)
        {
            return [];
        }
        var values = await redis.GetDatabase().HashGetAsync(EntryIndex, taskIds.Select(id => (RedisValue)id.ToString()).ToArray());
        return taskIds.Where((_, index) => values[index].IsNull).ToList();
    }

    /// <summary>Removes a finished task's entry from the stream and the index, after it has been acknowledged.</summary>
    public async Task RemoveAsync(Guid taskId, string entryId)
    {
        var database = redis.GetDatabase();
        var transaction = database.CreateTransaction();
        _ = transaction.StreamAcknowledgeAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, entryId);
        _ = transaction.StreamDeleteAsync(TaskQueueNames.Stream, [entryId]);
        _ = transaction.HashDeleteAsync(EntryIndex, taskId.ToString());
        await transaction.ExecuteAsync();
    }
}
