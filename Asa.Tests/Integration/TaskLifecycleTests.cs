using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Asa.Tests.Integration;

public sealed class TaskLifecycleTests(AsaStack stack) : IClassFixture<AsaStack>
{
    private TaskService.TaskServiceClient Tasks => stack.Tasks;

    [Fact]
    public async Task WithoutAModelTheTaskIsReproducedInTheSandboxAndEndsSayingNoFixerIsConfigured()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();

        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), deadline: DateTime.UtcNow.AddSeconds(15));
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        Assert.Equal(TaskState.Queued, submitted.Status);
        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.TestingBeforeFix, TaskState.Failed], events.States());
        Assert.Contains(events.Logs(), log => log.StartsWith("Cloned", StringComparison.Ordinal) && log.Contains(repository.Head[..12]));
        Assert.Contains(events.Logs(), log => log.StartsWith("Indexed 3 files", StringComparison.Ordinal) && log.Contains("python3 -m pytest (detected)"));
        Assert.Contains(events.Logs(), log => log.StartsWith("Tests before the fix: 'python3 -m pytest' exited with code 1", StringComparison.Ordinal)
                                               && log.Contains("assert -1 == 5"));
        var error = events.FinalError();
        Assert.Equal(TaskState.GeneratingFix, error.Stage);
        Assert.Equal(ErrorClass.Permanent, error.ErrorClass);
        Assert.Contains("no fixer is configured", error.Message);
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));

        var task = await Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId });
        Assert.Equal(TaskState.Failed, task.Status);
        Assert.Equal(repository.Head, task.CommitSha);
        Assert.Equal(repository.DefaultBranch, task.BaseBranch);
        Assert.Equal("python3 -m pytest", task.TestCommand);
        Assert.Equal(3, task.Inventory.FileCount);
        Assert.Contains(task.Inventory.Languages, share => share.Language == "Python" && share.FileCount == 2);
        Assert.NotNull(task.EndedAt);
        Assert.Equal(error, task.Error);
        var run = Assert.Single(task.Tests);
        Assert.Equal(("before_fix", 1, "python3 -m pytest", 1, false), (run.Phase, run.Attempt, run.Command, run.ExitCode, run.Passed));
        Assert.Empty(run.LimitsHit);
        Assert.Contains("assert -1 == 5", run.OutputTail);
        Assert.True(run.Duration.ToTimeSpan() > TimeSpan.Zero);
        Assert.Empty((await Tasks.ListTasksAsync(new ListTasksRequest { PageSize = 100 })).Tasks.Single(t => t.TaskId == submitted.TaskId).Tests);
    }

    [Fact]
    public async Task LateWatcherSeesTheWholeHistory()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.FileUrl));
        var live = await Tasks.WatchToEndAsync(submitted.TaskId);

        var late = await Tasks.WatchToEndAsync(submitted.TaskId);

        Assert.Equal(live, late);
        Assert.Equal(TaskState.Queued, late[0].StatusChange.To);
    }

    [Fact]
    public async Task GivenTestCommandIsKeptAndABranchIsHonoured()
    {
        using var repository = await GitRepositoryBuilder.PythonProject()
            .WithFile("calculator.py", "def add(a, b):\n    return a + b\n").Commit("Fix on the release branch")
            .BuildAsync();
        await repository.GitAsync("branch", "release", repository.Commits[0]);
        var request = TaskEvents.Submission(repository.Path);
        request.TestCommand = "pytest -q";
        request.BaseBranch = "release";

        var submitted = await Tasks.SubmitTaskAsync(request);
        await Tasks.WatchToEndAsync(submitted.TaskId);

        var task = await Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId });
        Assert.Equal("pytest -q", task.TestCommand);
        Assert.Equal("release", task.BaseBranch);
        Assert.Equal(repository.Commits[0], task.CommitSha);
    }

    [Fact]
    public async Task TestsThatAlreadyPassEndTheTaskAsNotReproduced()
    {
        using var repository = await GitRepositoryBuilder.PythonProject()
            .WithFile("calculator.py", "def add(a, b):\n    return a + b\n").Commit("Already fixed")
            .BuildAsync();

        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        var error = events.FinalError();
        Assert.Equal(TaskState.TestingBeforeFix, error.Stage);
        Assert.Equal(ErrorClass.User, error.ErrorClass);
        Assert.StartsWith("Bug not reproduced: 'python3 -m pytest' passes before any change", error.Message);
    }

    [Fact]
    public async Task SetupCommandRunsInTheSandboxBeforeTheTests()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var request = TaskEvents.Submission(repository.Path);
        request.SetupCommand = "echo prepared > prepared.txt && echo setup ran as $(id -u)";
        request.TestCommand = "test -f prepared.txt && python3 -m pytest";

        var submitted = await Tasks.SubmitTaskAsync(request);
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        Assert.Contains(events.Logs(), log => log.StartsWith("Setup: 'echo prepared", StringComparison.Ordinal) && log.Contains("exited with code 0")
                                               && !log.Contains("setup ran as 0"));
        Assert.Contains(events.Logs(), log => log.StartsWith("Tests before the fix:", StringComparison.Ordinal) && log.Contains("exited with code 1"));
        Assert.Equal(TaskState.GeneratingFix, events.FinalError().Stage);
        var task = await Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId });
        Assert.Equal([("setup", true), ("before_fix", false)], task.Tests.Select(r => (r.Phase, r.Passed)));
        Assert.Contains("setup ran as", task.Tests[0].OutputTail);
    }

    [Fact]
    public async Task MissingBranchEndsTheTaskWithAUserErrorAtCloning()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var request = TaskEvents.Submission(repository.Path);
        request.BaseBranch = "no-such-branch";

        var submitted = await Tasks.SubmitTaskAsync(request);
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        var error = events.FinalError();
        Assert.Equal(TaskState.CloningRepo, error.Stage);
        Assert.Equal(ErrorClass.User, error.ErrorClass);
        Assert.Contains("no-such-branch", error.Message);
    }

    [Fact]
    public async Task RepositoryWithoutTestsEndsWithAUserErrorAtIndexing()
    {
        using var repository = await new GitRepositoryBuilder().WithFile("README.md", "# notes\n").Commit("Notes").BuildAsync();

        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        var events = await Tasks.WatchToEndAsync(submitted.TaskId);

        var error = events.FinalError();
        Assert.Equal(TaskState.IndexingCode, error.Stage);
        Assert.Equal(ErrorClass.User, error.ErrorClass);
        Assert.Contains("test_command", error.Message);
    }

    [Fact]
    public async Task ListShowsOnlyTheCallersTasksNewestFirstInPages()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var user = await stack.UserAsync($"lister-{Guid.NewGuid():N}");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), user)).TaskId);
        }
        await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("someone-else"));

        var first = await Tasks.ListTasksAsync(new ListTasksRequest { PageSize = 2 }, user);
        var second = await Tasks.ListTasksAsync(new ListTasksRequest { PageSize = 2, PageToken = first.NextPageToken }, user);

        Assert.Equal([ids[2], ids[1]], first.Tasks.Select(t => t.TaskId));
        Assert.Equal([ids[0]], second.Tasks.Select(t => t.TaskId));
        Assert.Equal("", second.NextPageToken);
        foreach (var id in ids)
        {
            await Tasks.WatchToEndAsync(id, user);
        }
        var failed = await Tasks.ListTasksAsync(new ListTasksRequest { Status = TaskState.Failed }, user);
        var queued = await Tasks.ListTasksAsync(new ListTasksRequest { Status = TaskState.Queued }, user);
        Assert.Equal(3, failed.Tasks.Count);
        Assert.Empty(queued.Tasks);
    }

    [Fact]
    public async Task AnotherUsersTaskIsNotFound()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("owner"));

        var intruder = await stack.UserAsync("intruder");
        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, intruder).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-task-id")]
    public async Task MalformedTaskIdsAreRejectedNamingTheField(string taskId)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() => Tasks.GetTaskAsync(new GetTaskRequest { TaskId = taskId }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Equal("task_id", Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task ListRejectsBadPagingAndUnknownStatusesNamingEachField()
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            Tasks.ListTasksAsync(new ListTasksRequest { PageSize = 101, PageToken = "garbage", Status = (TaskState)99 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Equal(["page_size", "page_token", "status"],
            exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }
}

public sealed class CompletedTaskTests(AsaStack stack) : IClassFixture<AsaStack>
{
    [Fact]
    public async Task ACompletedTaskCarriesItsFixAndPullRequest()
    {
        var user = await stack.UserAsync("fixed-user");
        var id = await CompletedTaskSeed.SeedAsync(stack, "fixed-user");

        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = id.ToString() }, user);

        Assert.Equal(TaskState.Completed, task.Status);
        Assert.Equal(CompletedTaskSeed.Fix, task.Fix);
        Assert.Equal(CompletedTaskSeed.PullRequest, task.PullRequest);
    }
}
