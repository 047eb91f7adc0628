using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Grpc.Core;

namespace Asa.Tests.Integration;

/// <summary>No workers, so every accepted task stays queued; the queue holds three.</summary>
public sealed class SmallQueueStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Api = new Dictionary<string, string> { ["Limits__MaxQueueSize"] = "3" },
});

/// <summary>Three submissions per user per day, and room in the queue.</summary>
public sealed class SmallDailyQuotaStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Api = new Dictionary<string, string> { ["Limits__MaxSubmissionsPerUserPerDay"] = "3" },
});

public sealed class QueueLimitTests(SmallQueueStack stack) : IClassFixture<SmallQueueStack>
{
    [Fact]
    public async Task SubmitBeyondTheQueueSizeIsResourceExhaustedAndStoresNothing()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        for (var i = 0; i < 3; i++)
        {
            await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync($"user-{i}"));
        }

        var late = await stack.UserAsync("user-late");
        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), late).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, exception.StatusCode);
        Assert.Contains("MAX_QUEUE_SIZE", exception.Status.Detail);
        Assert.Empty((await stack.Tasks.ListTasksAsync(new ListTasksRequest(), await stack.UserAsync("user-late"))).Tasks);

        var queued = (await stack.Tasks.ListTasksAsync(new ListTasksRequest(), await stack.UserAsync("user-0"))).Tasks.Single();
        await stack.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = queued.TaskId }, await stack.UserAsync("user-0"));
        var admitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("user-late"));
        Assert.Equal(TaskState.Queued, admitted.Status);
    }
}

public sealed class DailyQuotaTests(SmallDailyQuotaStack stack) : IClassFixture<SmallDailyQuotaStack>
{
    [Fact]
    public async Task SubmitBeyondTheDailyQuotaIsResourceExhaustedForThatUserOnly()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var heavy = await stack.UserAsync("heavy-user");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), heavy)).TaskId);
        }
        // Cancelling does not give submissions back: the quota counts what was submitted today.
        await stack.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = ids[0] }, heavy);

        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), heavy).ResponseAsync);
        var other = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("light-user"));

        Assert.Equal(StatusCode.ResourceExhausted, exception.StatusCode);
        Assert.Contains("Daily submission limit", exception.Status.Detail);
        Assert.Equal(3, (await stack.Tasks.ListTasksAsync(new ListTasksRequest(), heavy)).Tasks.Count);
        Assert.Equal(TaskState.Queued, other.Status);
    }
}

/// <summary>No workers and room for five tasks, for submissions that arrive all at once.</summary>
public sealed class BurstQueueStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Api = new Dictionary<string, string> { ["Limits__MaxQueueSize"] = "5" },
});

public sealed class ConcurrentAdmissionTests(BurstQueueStack queueStack, SmallDailyQuotaStack quotaStack)
    : IClassFixture<BurstQueueStack>, IClassFixture<SmallDailyQuotaStack>
{
    [Fact]
    public async Task ConcurrentSubmitsNeverOvershootTheQueueSize()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();

        var users = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => queueStack.UserAsync($"burst-{i}")));
        var outcomes = await Task.WhenAll(users.Select(user => TrySubmitAsync(queueStack.Tasks, repository.Path, user)));

        Assert.Equal(5, outcomes.Count(o => o == StatusCode.OK));
        Assert.Equal(7, outcomes.Count(o => o == StatusCode.ResourceExhausted));
    }

    [Fact]
    public async Task ConcurrentSubmitsOfOneUserNeverOvershootTheDailyQuota()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();

        var burstUser = await quotaStack.UserAsync("burst-user");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            TrySubmitAsync(quotaStack.Tasks, repository.Path, burstUser)));

        Assert.Equal(3, outcomes.Count(o => o == StatusCode.OK));
        Assert.Equal(7, outcomes.Count(o => o == StatusCode.ResourceExhausted));
    }

    private static async Task<StatusCode> TrySubmitAsync(TaskService.TaskServiceClient client, string repoUrl, Metadata user)
    {
        try
        {
            await client.SubmitTaskAsync(TaskEvents.Submission(repoUrl), user, DateTime.UtcNow.AddSeconds(30));
            return StatusCode.OK;
        }
        catch (RpcException exception)
        {
            return exception.StatusCode;
        }
    }
}
