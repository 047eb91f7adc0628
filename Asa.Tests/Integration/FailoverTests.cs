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

public sealed class FailoverTests(FailoverStack stack, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FailoverStack>
{
    private TaskService.TaskServiceClient Tasks => stack.Tasks;

    [Fact]
    public async Task TaskOfAKilledWorkerIsFinishedByAnotherWithoutDuplicateEvents()
    {
        using var large = await GitRepositoryBuilder.Large().BuildAsync();
        var first = await stack.AddWorkerAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(large.FileUrl));
        await Tasks.WatchUntilAsync(submitted.TaskId, e => e.Entered(TaskState.CloningRepo));

        await stack.KillWorkerAsync(first);
        output.WriteLine("killed at " + DateTime.UtcNow.ToString("O"));
        var second = await stack.AddWorkerAsync();
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);
        foreach (var e in events) output.WriteLine(e.ToString());
        output.WriteLine(first.Output.Tail());
        output.WriteLine(second.Output.Tail());

        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.Failed], events.States());
        Assert.Equal(events.Logs().Distinct(), events.Logs());
        Assert.Equal(TaskState.GeneratingTest, events.FinalError().Stage);
        await second.WaitForLineAsync(line => line.Contains($"Task {submitted.TaskId} started (delivery 2, resuming from CLONING_REPO)"));
        Assert.DoesNotContain(Directory.EnumerateDirectories(stack.WorkDirectory), folder => Path.GetFileName(folder) == first.Name);
        await stack.KillWorkerAsync(second);
    }

    [Fact]
    public async Task TasksLostWithRedisAreEnqueuedAgainAndRun()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));

        await stack.Redis.FlushAllAsync();
        var worker = await stack.AddWorkerAsync();
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.Failed], events.States());
        Assert.Contains(events.Logs(), log => log.Contains("missing from the queue"));
        await stack.KillWorkerAsync(worker);
    }
}
