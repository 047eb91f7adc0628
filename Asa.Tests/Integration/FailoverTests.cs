using Asa.Protos.V1;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Integration;

/// <summary>Workers come and go during the tests; the reconciler looks for lost tasks every second.</summary>
public sealed class FailoverStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Worker = new Dictionary<string, string>
    {
        ["Worker__Concurrency"] = "1",
        ["Worker__ReconcileGrace"] = "00:00:01",
    },
});

public sealed class FailoverTests(FailoverStack stack) : IClassFixture<FailoverStack>
{
    private TaskService.TaskServiceClient Tasks => stack.Tasks;

    [Fact]
    public async Task TaskOfAKilledWorkerIsFinishedByAnotherWithoutDuplicateEvents()
    {
        await KillAllWorkersAsync();
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stall = StalledReads.Install(repository);
        var first = await stack.AddWorkerAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        await Tasks.WatchUntilAsync(submitted.TaskId, e => e.Entered(TaskState.CloningRepo));

        await stack.KillWorkerAsync(first);
        var second = await stack.AddWorkerAsync();
        await second.WaitForLineAsync(line => line.Contains($"Task {submitted.TaskId} started (delivery 2, resuming from CLONING_REPO)"));
        stall.Release();
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.TestingBeforeFix, TaskState.Failed], events.States());
        Assert.Equal(events.Logs().Distinct(), events.Logs());
        Assert.Equal(TaskState.GeneratingFix, events.FinalError().Stage);
        Assert.DoesNotContain(Directory.EnumerateDirectories(stack.WorkDirectory), folder => Path.GetFileName(folder) == first.Name);
        await KillAllWorkersAsync();
    }

    [Fact]
    public async Task TasksLostWithRedisAreEnqueuedAgainAndRun()
    {
        await KillAllWorkersAsync();
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));

        await stack.Redis.FlushAllAsync();
        var worker = await stack.AddWorkerAsync();
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.TestingBeforeFix, TaskState.Failed], events.States());
        Assert.Contains(events.Logs(), log => log.Contains("missing from the queue"));
        await worker.WaitForLineAsync(line => line.Contains($"Task {submitted.TaskId} was missing from the stream"));
    }

    private async Task KillAllWorkersAsync()
    {
        foreach (var worker in stack.Workers)
        {
            await stack.KillWorkerAsync(worker);
        }
    }
}
