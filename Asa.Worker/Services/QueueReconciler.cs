using Asa.Worker.Queue;
using Asa.Worker.Storage;
using Asa.Core.Queue;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Asa.Protos.V1;
using Asa.Worker.Tasks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Asa.Worker.Services;

/// <summary>
/// Postgres is the source of truth: unfinished tasks that nobody holds and that are missing from the stream
/// (Redis was flushed, failed over, or was down when they were submitted) are put back on it.
/// One worker at a time does this, under a short Redis lock.
/// </summary>
public sealed partial class QueueReconciler(
    TaskStore store,
    TaskQueue queue,
    TaskJournal journal,
    StreamEntries entries,
    AsaMetrics metrics,
    IConnectionMultiplexer redis,
    IOptions<WorkerOptions> options,
    ILogger<QueueReconciler> logger) : BackgroundService
{
    private const string LockKey = "asa:reconciler:lock";
    private const int BatchSize = 500;
    private long queueDepth;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        metrics.Meter.CreateObservableGauge("asa.queue.depth", () => Interlocked.Read(ref queueDepth), "{task}",
            "Entries on the task stream: queued tasks and tasks being worked on.");
        using var timer = new PeriodicTimer(settings.ReconcileInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Interlocked.Exchange(ref queueDepth, await entries.LengthAsync());
                if (await redis.GetDatabase().StringSetAsync(LockKey, settings.ConsumerName, settings.ReconcileInterval, When.NotExists))
                {
                    await ReconcileAsync(settings, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Reconciling the task stream failed; trying again in {Interval}", settings.ReconcileInterval);
            }
            try
            {
                await timer.WaitForNextTickAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task ReconcileAsync(WorkerOptions settings, CancellationToken cancellationToken)
    {
        var candidates = await store.FindIdleUnfinishedAsync(settings.ReconcileGrace, BatchSize, cancellationToken);
        var missing = (await queue.FindMissingAsync(candidates.Select(c => c.Id).ToList())).ToHashSet();
        foreach (var (taskId, traceParent) in candidates.Where(c => missing.Contains(c.Id)))
        {
            await queue.EnqueueAsync(taskId, traceParent);
            await journal.LogAsync(taskId, TaskState.Queued, LogSeverity.Warning,
                "The task was missing from the queue (Redis lost it) and has been put back.", cancellationToken: cancellationToken);
            LogReenqueued(taskId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} was missing from the stream and has been re-enqueued")]
    private partial void LogReenqueued(Guid taskId);
}
