using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Grpc.Core;

namespace Asa.Tests.Integration;

/// <summary>Starts without workers, so a test decides when tasks may run; workers take one task at a time.</summary>
public sealed class OnDemandWorkerStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Worker = new Dictionary<string, string> { ["Worker__Concurrency"] = "1" },
});

public sealed class CancelTests(OnDemandWorkerStack stack) : IClassFixture<OnDemandWorkerStack>
{
    private TaskService.TaskServiceClient Tasks => stack.Tasks;

    [Fact]
    public async Task CancelledQueuedTaskNeverStartsAndRunningTaskStopsAtOnce()
    {
        using var small = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stalled = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stall = StalledReads.Install(stalled);

        // A queued task, cancelled before any worker exists.
        var queued = await Tasks.SubmitTaskAsync(TaskEvents.Submission(small.Path));
        var cancelledWhileQueued = await Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = queued.TaskId });
        Assert.Equal(TaskState.Cancelled, cancelledWhileQueued.Status);

        // A running task: cancelled while its clone hangs.
        var running = await Tasks.SubmitTaskAsync(TaskEvents.Submission(stalled.Path));
        await stack.AddWorkerAsync();
        await Tasks.WatchUntilAsync(running.TaskId, e => e.Entered(TaskState.CloningRepo));
        var cancelledWhileRunning = await Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = running.TaskId });
        var runningEvents = await Tasks.WatchToEndAsync(running.TaskId);

        // The worker is free again at once: a task submitted now runs to its end.
        var after = await Tasks.SubmitTaskAsync(TaskEvents.Submission(small.Path));
        var afterEvents = await Tasks.WatchToEndAsync(after.TaskId);

        var queuedEvents = await Tasks.WatchToEndAsync(queued.TaskId);
        Assert.Equal([TaskState.Queued, TaskState.Cancelled], queuedEvents.States());
        Assert.Null((await Tasks.GetTaskAsync(new GetTaskRequest { TaskId = queued.TaskId })).StartedAt);

        Assert.Equal(TaskState.Cancelled, cancelledWhileRunning.Status);
        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.Cancelled], runningEvents.States());
        Assert.Contains($"Cancel requested by {AsaStack.DefaultUser}.", runningEvents.Logs());
        Assert.DoesNotContain(runningEvents.Logs(), log => log.StartsWith("Cloned", StringComparison.Ordinal));
        await stack.Workers[0].WaitForLineAsync(line => line.Contains($"Task {running.TaskId} cancelled during"));

        Assert.Equal(TaskState.Failed, afterEvents.States()[^1]);
    }

    [Fact]
    public async Task CancellingAnEndedTaskIsAFailedPrecondition()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        await Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = submitted.TaskId });

        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = submitted.TaskId }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, exception.StatusCode);
        Assert.Contains("already ended (CANCELLED)", exception.Status.Detail);
    }
}
