using System.Diagnostics;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Benchmarks;

/// <summary>One task's pickup: server time from creation to the CLONING_REPO event, and what the client saw.</summary>
public sealed record PickupSample(string TaskId, double ServerMs, double ClientMs);

/// <summary>The idle-pickup figures, or why they could not be taken.</summary>
public sealed record PickupResult(
    int Requested,
    TimeSpan DrainTime,
    string? SkipReason,
    LatencySummary Server,
    LatencySummary Client,
    IReadOnlyList<PickupSample> Samples,
    IReadOnlyList<string> TaskIds);

/// <summary>
/// Measures how soon an idle worker starts a task. The queue is first drained with a probe task: the stream is
/// first-in first-out, so once the probe reaches CLONING_REPO everything queued before it has been taken.
/// Then tasks are submitted one at a time, each only after the previous one ended.
/// </summary>
public sealed class PickupProbe(BenchmarkClient client, SubmitTaskRequest request)
{
    private static readonly TimeSpan WatchDeadline = TimeSpan.FromSeconds(30);

    // Lets the worker finish its bookkeeping (ack, lease release) and go back to waiting, so the next task finds it idle.
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(100);

    public async Task<PickupResult> RunAsync(int count, TimeSpan drainLimit, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var drainClock = Stopwatch.StartNew();
        var probe = await client.Tasks.SubmitTaskAsync(request, client.Call(SubmitLoad.CallDeadline, cancellationToken));
        ids.Add(probe.TaskId);
        var drained = await WatchAsync(probe, drainLimit, cancellationToken);
        drainClock.Stop();
        if (drained.PickedUpAt is null || !drained.Ended)
        {
            return Skipped($"the queue did not drain within {drainLimit.TotalSeconds:0} s (the probe task {(drained.PickedUpAt is null ? "was never picked up" : "did not end")}); is a worker running?");
        }

        var samples = new List<PickupSample>();
        for (var i = 0; i < count && !cancellationToken.IsCancellationRequested; i++)
        {
            await Task.Delay(SettleTime, cancellationToken);
            var task = await client.Tasks.SubmitTaskAsync(request, client.Call(SubmitLoad.CallDeadline, cancellationToken));
            ids.Add(task.TaskId);
            var watched = await WatchAsync(task, WatchDeadline, cancellationToken);
            if (watched.PickedUpAt is not { } pickedUpAt || !watched.Ended)
            {
                return Skipped($"task {task.TaskId} was {(watched.PickedUpAt is null ? "not picked up" : "not ended")} within {WatchDeadline.TotalSeconds:0} s; {samples.Count} samples taken", samples);
            }
            samples.Add(new PickupSample(task.TaskId, (pickedUpAt - task.CreatedAt.ToDateTime()).TotalMilliseconds, watched.ClientMs));
        }
        return new PickupResult(count, drainClock.Elapsed, null,
            LatencySummary.Of(samples.Select(s => s.ServerMs)), LatencySummary.Of(samples.Select(s => s.ClientMs)), samples, ids);

        PickupResult Skipped(string reason, IReadOnlyList<PickupSample>? partial = null) =>
            new(count, drainClock.Elapsed, reason,
                LatencySummary.Of(partial?.Select(s => s.ServerMs) ?? []), LatencySummary.Of(partial?.Select(s => s.ClientMs) ?? []),
                partial ?? [], ids);
    }

    /// <summary>Follows a task until it ends; returns the server time of its CLONING_REPO event and when the client saw it.</summary>
    private async Task<Watched> WatchAsync(AsaTask task, TimeSpan limit, CancellationToken cancellationToken)
    {
        var submitted = Stopwatch.GetTimestamp();
        DateTime? pickedUpAt = null;
        var clientMs = double.NaN;
        try
        {
            using var call = client.Tasks.WatchTask(new WatchTaskRequest { TaskId = task.TaskId }, client.Call(limit, cancellationToken));
            while (await call.ResponseStream.MoveNext(cancellationToken))
            {
                var change = call.ResponseStream.Current.StatusChange;
                if (change?.To == TaskState.CloningRepo && pickedUpAt is null)
                {
                    clientMs = Stopwatch.GetElapsedTime(submitted).TotalMilliseconds;
                    pickedUpAt = call.ResponseStream.Current.Time.ToDateTime();
                }
                if (change?.To is TaskState.Completed or TaskState.Failed or TaskState.Cancelled)
                {
                    return new Watched(pickedUpAt, clientMs, Ended: true);
                }
            }
            return new Watched(pickedUpAt, clientMs, Ended: false);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.DeadlineExceeded)
        {
            // A task that is still queued or running here would make the worker busy for the next sample.
            await CancelQuietlyAsync(task.TaskId, cancellationToken);
            return new Watched(pickedUpAt, clientMs, Ended: false);
        }
    }

    private async Task CancelQuietlyAsync(string taskId, CancellationToken cancellationToken)
    {
        try
        {
            await client.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = taskId }, client.Call(SubmitLoad.CallDeadline, cancellationToken));
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
        {
            // It ended after all.
        }
    }

    private sealed record Watched(DateTime? PickedUpAt, double ClientMs, bool Ended);
}
