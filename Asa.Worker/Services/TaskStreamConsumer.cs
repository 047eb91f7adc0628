using Asa.Worker.Queue;
using Asa.Worker.Storage;
using Asa.Core.Queue;
using Asa.Worker.Tasks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Asa.Worker.Services;

/// <summary>
/// Reads the task stream as one consumer of the worker group: first its own pending entries (left by a crash),
/// then entries idle past the lease from dead workers, then new ones; at most <c>Concurrency</c> tasks at once.
/// Wakes at once when the API announces a task, and polls as a fallback.
/// </summary>
public sealed partial class TaskStreamConsumer(
    StreamEntries entries,
    TaskProcessor processor,
    RunningTasks running,
    WorkspaceRoot workspaces,
    IConnectionMultiplexer redis,
    IOptions<WorkerOptions> options,
    ILogger<TaskStreamConsumer> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        LogWorkspace(workspaces.Path);
        await entries.EnsureGroupAsync();
        var subscriber = redis.GetSubscriber();
        (await subscriber.SubscribeAsync(RedisChannel.Literal(TaskQueueNames.EnqueuedChannel))).OnMessage(_ => Wake());
        (await subscriber.SubscribeAsync(RedisChannel.Literal(TaskQueueNames.CancelChannel))).OnMessage(message =>
        {
            if (Guid.TryParse(message.Message.ToString(), out var taskId) && running.Cancel(taskId))
            {
                LogCancelRequested(taskId);
            }
        });

        using var slots = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
        var inFlight = new List<Task>();
        LogConsuming(settings.ConsumerName, TaskQueueNames.Stream, settings.Concurrency);
        var ownPendingDrained = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
                slots.Release();
                var free = slots.CurrentCount;
                var batch = ownPendingDrained ? [] : await entries.ReadOwnPendingAsync(settings.ConsumerName, free);
                ownPendingDrained = batch.Length < free;
                if (batch.Length == 0)
                {
                    batch = await entries.ClaimStaleAsync(settings.ConsumerName, settings.Lease, free);
                }
                if (batch.Length == 0)
                {
                    batch = await entries.ReadNewAsync(settings.ConsumerName, free);
                }
                if (batch.Length == 0)
                {
                    await wake.WaitAsync(settings.PollInterval, stoppingToken);
                    continue;
                }
                foreach (var entry in batch)
                {
                    await slots.WaitAsync(stoppingToken);
                    inFlight.RemoveAll(t => t.IsCompleted);
                    inFlight.Add(ProcessInSlotAsync(TaskEntry.From(entry), slots, stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogWarning(exception, "Reading the task stream failed; retrying");
                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        await Task.WhenAll(inFlight);
    }

    private async Task ProcessInSlotAsync(TaskEntry entry, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await processor.ProcessAsync(entry, stoppingToken);
        }
        catch (Exception exception)
        {
            // The entry stays pending and is claimed again after the lease; nothing is lost.
            logger.LogError(exception, "Processing stream entry {EntryId} (task {TaskId}) failed", entry.EntryId, entry.TaskId);
        }
        finally
        {
            slots.Release();
            Wake();
        }
    }

    private void Wake()
    {
        try
        {
            if (wake.CurrentCount == 0)
            {
                wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Consumer} is consuming {Stream} with {Concurrency} slots")]
    private partial void LogConsuming(string consumer, string stream, int concurrency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cloning into {Workspace}")]
    private partial void LogWorkspace(string workspace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancel requested for running task {TaskId}")]
    private partial void LogCancelRequested(Guid taskId);
}
