using System.Diagnostics;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Benchmarks;

/// <summary>What cancelling the run's leftover tasks did.</summary>
public sealed record CleanupResult(int Tasks, int Cancelled, int AlreadyEnded, IReadOnlyDictionary<StatusCode, int> ErrorsByStatus, TimeSpan Elapsed);

/// <summary>
/// Cancels every task of the run that has not ended, so the worker is idle again and the run leaves nothing queued.
/// CancelTask answers FAILED_PRECONDITION for a task that already ended; that is the expected answer, not an error.
/// </summary>
public sealed class TaskCanceller(BenchmarkClient client, int concurrency)
{
    public async Task<CleanupResult> CancelAllAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken)
    {
        var outcomes = new StatusCode?[taskIds.Count];
        var next = -1;

        async Task CancellerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < taskIds.Count && !cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await client.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = taskIds[index] },
                        client.Call(SubmitLoad.CallDeadline, cancellationToken));
                    outcomes[index] = StatusCode.OK;
                }
                catch (RpcException exception)
                {
                    outcomes[index] = exception.StatusCode;
                }
            }
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, Math.Max(taskIds.Count, 1)))
            .Select(_ => Task.Run(CancellerAsync, CancellationToken.None)));
        return new CleanupResult(
            taskIds.Count,
            outcomes.Count(o => o == StatusCode.OK),
            outcomes.Count(o => o == StatusCode.FailedPrecondition),
            outcomes.Where(o => o is not (null or StatusCode.OK or StatusCode.FailedPrecondition))
                .GroupBy(o => o!.Value).ToDictionary(g => g.Key, g => g.Count()),
            clock.Elapsed);
    }
}
