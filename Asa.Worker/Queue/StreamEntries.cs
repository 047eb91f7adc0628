using Asa.Core.Queue;
using StackExchange.Redis;

namespace Asa.Worker.Queue;

/// <summary>The worker's side of the stream: reading, claiming, keeping entries, and setting aside poison ones.</summary>
public sealed class StreamEntries(IConnectionMultiplexer redis, ILogger<StreamEntries> logger)
{
    private IDatabase Database => redis.GetDatabase();

    /// <summary>Creates the consumer group from the stream's start, so entries added before any worker existed are read too.</summary>
    public async Task EnsureGroupAsync()
    {
        try
        {
            await Database.StreamCreateConsumerGroupAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, StreamPosition.Beginning, createStream: true);
            logger.LogInformation("Created consumer group {Group} on {Stream}", TaskQueueNames.ConsumerGroup, TaskQueueNames.Stream);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another worker created it first.
        }
    }

    public Task<StreamEntry[]> ReadOwnPendingAsync(string consumer, int count) =>
        WithGroupAsync(() => Database.StreamReadGroupAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, consumer, StreamPosition.Beginning, count));

    public Task<StreamEntry[]> ReadNewAsync(string consumer, int count) =>
        WithGroupAsync(() => Database.StreamReadGroupAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, consumer, StreamPosition.NewMessages, count));

    /// <summary>Takes over entries that have been idle past the lease: their worker died or lost its connection.</summary>
    public Task<StreamEntry[]> ClaimStaleAsync(string consumer, TimeSpan lease, int count) =>
        WithGroupAsync(async () =>
        {
            var result = await Database.StreamAutoClaimAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, consumer,
                (long)lease.TotalMilliseconds, "0-0", count);
            return result.ClaimedEntries.Where(e => !e.IsNull).ToArray();
        });

    /// <summary>Resets an entry's idle time, telling other workers this one is still alive and working on it.</summary>
    public Task KeepAsync(string consumer, string entryId) =>
        Database.StreamClaimIdsOnlyAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, consumer, 0, [entryId]);

    /// <summary>Acknowledges and drops one entry without touching the task's index (another entry still carries the task).</summary>
    public async Task DropAsync(string entryId)
    {
        await Database.StreamAcknowledgeAsync(TaskQueueNames.Stream, TaskQueueNames.ConsumerGroup, entryId);
        await Database.StreamDeleteAsync(TaskQueueNames.Stream, [entryId]);
    }

    public async Task DeadLetterAsync(string entryId, string reason)
    {
        logger.LogError("Stream entry {EntryId} cannot be processed and goes to {DeadLetterStream}: {Reason}", entryId, TaskQueueNames.DeadLetterStream, reason);
        await Database.StreamAddAsync(TaskQueueNames.DeadLetterStream, [new NameValueEntry("entry", entryId), new NameValueEntry("reason", reason)]);
        await DropAsync(entryId);
    }

    public Task<long> LengthAsync() => Database.StreamLengthAsync(TaskQueueNames.Stream);

    // After a Redis flush the group is gone with the stream; recreate it and carry on.
    private async Task<StreamEntry[]> WithGroupAsync(Func<Task<StreamEntry[]>> read)
    {
        try
        {
            return await read();
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            logger.LogWarning("Consumer group {Group} is missing (Redis lost its data?); recreating it", TaskQueueNames.ConsumerGroup);
            await EnsureGroupAsync();
            return await read();
        }
    }
}
