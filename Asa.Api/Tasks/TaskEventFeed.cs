using System.Collections.Concurrent;
using Asa.Core.Queue;
using StackExchange.Redis;

namespace Asa.Api.Tasks;

/// <summary>
/// One Redis subscription for the whole API, fanned out to the watchers of each task.
/// A signal only says "look again"; the events themselves are always read from Postgres.
/// </summary>
public sealed class TaskEventFeed(IConnectionMultiplexer redis, ILogger<TaskEventFeed> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<TaskEventSignal, byte>> watchers = new();

    public TaskEventSignal Watch(Guid taskId)
    {
        var signal = new TaskEventSignal(() => Unwatch(taskId));
        watchers.GetOrAdd(taskId, _ => new()).TryAdd(signal, 0);
        return signal;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var channel = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(TaskQueueNames.EventsChannel));
        channel.OnMessage(message =>
        {
            if (Guid.TryParse(message.Message.ToString(), out var taskId) && watchers.TryGetValue(taskId, out var signals))
            {
                foreach (var signal in signals.Keys)
                {
                    signal.Set();
                }
            }
        });
        logger.LogInformation("Listening for task events on {Channel}", TaskQueueNames.EventsChannel);
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(RedisChannel.Literal(TaskQueueNames.EventsChannel));

    private void Unwatch(Guid taskId)
    {
        if (watchers.TryGetValue(taskId, out var signals))
        {
            foreach (var signal in signals.Keys.Where(s => s.IsDisposed))
            {
                signals.TryRemove(signal, out _);
            }
            if (signals.IsEmpty)
            {
                watchers.TryRemove(KeyValuePair.Create(taskId, signals));
            }
        }
    }
}
