using System.Collections.Concurrent;
using System.Diagnostics;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Benchmarks;

/// <summary>What one burst of submissions did.</summary>
public sealed record LoadResult(
    DateTimeOffset StartedAt,
    int Requested,
    int Attempted,
    int Succeeded,
    TimeSpan Elapsed,
    IReadOnlyDictionary<StatusCode, int> ErrorsByStatus,
    IReadOnlyDictionary<StatusCode, string> FirstErrorByStatus,
    LatencySummary Latency,
    LatencySummary LatencyFromSend,
    IReadOnlyList<string> TaskIds,
    string? AbortReason)
{
    public double SubmitsPerSecond => Elapsed > TimeSpan.Zero ? Succeeded / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Sends <c>count</c> SubmitTask calls with at most <c>concurrency</c> in flight and times each one.
/// Without a rate, every caller sends its next call as soon as the last one returns (closed loop: the figure is
/// the most the server takes). With a rate, call <c>i</c> is due at <c>i / rate</c> seconds and its latency runs
/// from when it was due, so a server that falls behind is charged for the wait (no coordinated omission).
/// Gives up early when most calls fail, since hammering a refusing server measures nothing.
/// </summary>
public sealed class SubmitLoad(BenchmarkClient client, SubmitTaskRequest request, int concurrency, int? ratePerSecond = null)
{
    public static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(10);

    public async Task<LoadResult> RunAsync(int count, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        var fromSend = new double[count];
        var statuses = new StatusCode?[count];
        var ids = new string?[count];
        var firstErrors = new ConcurrentDictionary<StatusCode, string>();
        var failureLimit = Math.Max(50, count / 10);
        var next = -1;
        var failures = 0;
        string? abortReason = null;
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var origin = Stopwatch.GetTimestamp();

        async Task CallerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && !abort.IsCancellationRequested)
            {
                var due = ratePerSecond is { } rate ? origin + (long)((double)index * Stopwatch.Frequency / rate) : 0;
                if (due > Stopwatch.GetTimestamp())
                {
                    await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due), abort.Token)
                        .ContinueWith(_ => { }, TaskScheduler.Default);
                }
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    var task = await client.Tasks.SubmitTaskAsync(request, client.Call(CallDeadline, abort.Token));
                    fromSend[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                    latencies[index] = Stopwatch.GetElapsedTime(ratePerSecond is null ? sent : Math.Min(due, sent)).TotalMilliseconds;
                    ids[index] = task.TaskId;
                    statuses[index] = StatusCode.OK;
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled && abort.IsCancellationRequested)
                {
                    // Cut off by the time limit or an abort: neither a success nor the server's fault.
                }
                catch (RpcException exception)
                {
                    statuses[index] = exception.StatusCode;
                    firstErrors.TryAdd(exception.StatusCode, exception.Status.Detail);
                    if (Interlocked.Increment(ref failures) == failureLimit)
                    {
                        abortReason = $"stopped after {failureLimit} failed calls";
                        await abort.CancelAsync();
                    }
                }
            }
        }

        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        origin = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(CallerAsync, CancellationToken.None)));
        clock.Stop();
        if (abortReason is null && cancellationToken.IsCancellationRequested)
        {
            abortReason = "stopped by the time limit";
        }

        var succeeded = statuses.Count(s => s == StatusCode.OK);
        return new LoadResult(
            startedAt,
            count,
            statuses.Count(s => s is not null),
            succeeded,
            clock.Elapsed,
            statuses.Where(s => s is not null and not StatusCode.OK).GroupBy(s => s!.Value).ToDictionary(g => g.Key, g => g.Count()),
            firstErrors,
            LatencySummary.Of(latencies.Where((_, i) => statuses[i] == StatusCode.OK)),
            LatencySummary.Of(fromSend.Where((_, i) => statuses[i] == StatusCode.OK)),
            ids.OfType<string>().ToList(),
            abortReason);
    }
}
