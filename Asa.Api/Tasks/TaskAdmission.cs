using System.Diagnostics;
using System.Threading.Channels;
using Asa.Core.Errors;
using Asa.Core.Queue;
using Asa.Core.Telemetry;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Asa.Api.Tasks;

/// <summary>
/// Admits tasks: checks both limits and writes each task with its first event, then puts it on the stream.
/// Submissions that arrive together are admitted together in one statement under an advisory lock
/// (<see cref="AdmissionBatch"/>), so concurrent submits can neither overshoot the limits nor queue up
/// behind one another for the lock. If Redis is down after the commit, the task stays QUEUED and the
/// reconciler enqueues it later: an accepted task is never lost.
/// </summary>
public sealed class TaskAdmission(
    NpgsqlDataSource dataSource,
    TaskQueue queue,
    IOptionsMonitor<SubmissionLimits> limits,
    AsaMetrics metrics,
    TimeProvider clock,
    ILogger<TaskAdmission> logger) : BackgroundService
{
    private const int MaxBatchSize = 256;

    private readonly Channel<PendingAdmission> pending = Channel.CreateUnbounded<PendingAdmission>(
        new UnboundedChannelOptions { SingleReader = true });

    public async Task<AdmittedTask> AdmitAsync(NewTask task, CancellationToken cancellationToken)
    {
        using var activity = AsaActivitySources.Api.StartActivity("asa.task.submit");
        var id = Guid.CreateVersion7();
        activity?.SetTag(AsaActivitySources.TaskIdTag, id);
        var submission = new PendingAdmission(id, task, clock.GetUtcNow().UtcDateTime, activity?.Id ?? Activity.Current?.Id, cancellationToken);
        await pending.Writer.WriteAsync(submission, cancellationToken);
        var decision = await submission.Decision.Task.WaitAsync(cancellationToken);
        if (!decision.Admitted)
        {
            var current = limits.CurrentValue;
            throw decision.ActiveBefore >= current.MaxQueueSize
                ? AsaException.Resource(
                    $"The queue is full: {decision.ActiveBefore} tasks are queued or running and the limit (MAX_QUEUE_SIZE) is {current.MaxQueueSize}. Try again later.")
                : AsaException.Resource(
                    $"Daily submission limit reached: user '{task.UserId}' has submitted {decision.TodayBefore} tasks today and the limit (MaxSubmissionsPerUserPerDay) is {current.MaxSubmissionsPerUserPerDay}.");
        }
        metrics.TaskSubmitted();

        try
        {
            await queue.EnqueueAsync(id, submission.TraceParent);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Task {TaskId} is stored but could not be put on the stream; the reconciler will enqueue it", id);
        }
        return new AdmittedTask(id, submission.CreatedAt);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingAdmission>(MaxBatchSize);
        try
        {
            while (await pending.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatchSize && pending.Reader.TryRead(out var submission))
                {
                    // A caller that gave up before its turn is not admitted behind its back.
                    if (!submission.CallerGone.IsCancellationRequested || !submission.Decision.TrySetCanceled(submission.CallerGone))
                    {
                        batch.Add(submission);
                    }
                }
                if (batch.Count == 0)
                {
                    continue;
                }
                try
                {
                    var decisions = await AdmissionBatch.AdmitAsync(dataSource, batch, limits.CurrentValue, clock.GetUtcNow().UtcDateTime, stoppingToken);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Decision.TrySetResult(decisions[i]);
                    }
                }
                catch (Exception exception)
                {
                    // Every caller sees the failure and maps it (transient database errors become UNAVAILABLE).
                    foreach (var submission in batch)
                    {
                        submission.Decision.TrySetException(exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            pending.Writer.TryComplete();
            while (pending.Reader.TryRead(out var submission))
            {
                submission.Decision.TrySetCanceled(stoppingToken);
            }
        }
    }
}
