using Asa.Core.Data;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;

namespace Asa.Tests.Integration;

/// <summary>RetryTask: a task that failed after its fix was verified gets the fix delivered by a new task, without repairing again.</summary>
public sealed class RetryTests(EngineStack stack) : IClassFixture<EngineStack>
{
    [Fact]
    public async Task ARetryDeliversTheStoredFixWithoutRepairingAgain()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var failed = await SeedFailedAsync(repository, withFix: true);
        var headers = await stack.UserAsync(AsaStack.DefaultUser);

        var retry = await stack.Tasks.RetryTaskAsync(new RetryTaskRequest { TaskId = failed.ToString() }, headers);
        var events = await stack.Tasks.WatchToEndAsync(retry.TaskId, headers, TimeSpan.FromMinutes(2));
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = retry.TaskId }, headers);

        Assert.Equal((TaskState.Queued, failed.ToString()), (retry.Status, retry.RetryOf));
        Assert.Equal(("engine-first", "other-model"), (task.Fixer, task.Model));
        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal([TaskState.Queued, TaskState.CloningRepo, TaskState.CreatingPr, TaskState.Completed], events.States());
        Assert.Contains(events.Logs(), log => log.Contains($"delivers again the verified fix of task {failed}", StringComparison.Ordinal));
        Assert.Empty(task.Tests);
        Assert.Equal(CompletedTaskSeed.Fix.Diff, task.Fix.Diff);
        Assert.Equal(repository.Head, task.CommitSha);
        var branch = task.PullRequest.Branch;
        Assert.StartsWith($"asa/{task.TaskId}-", branch);
        Assert.Contains("return a + b", (await repository.GitAsync("show", $"{branch}:calculator.py")).Text);
        Assert.Equal(repository.Head, (await repository.GitAsync("rev-parse", "main")).Text);
        Assert.Contains("| tests with the fix | `python3 -m pytest -q` | passed |", task.PullRequest.Body);
        var original = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = failed.ToString() }, headers);
        Assert.Equal(TaskState.Failed, original.Status);
    }

    [Fact]
    public async Task OnlyAFailedTaskWithAVerifiedFixCanBeRetried()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var withoutFix = await SeedFailedAsync(repository, withFix: false);
        var completed = await CompletedTaskSeed.SeedAsync(stack, AsaStack.DefaultUser);
        var headers = await stack.UserAsync(AsaStack.DefaultUser);

        var noFix = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.RetryTaskAsync(new RetryTaskRequest { TaskId = withoutFix.ToString() }, headers).ResponseAsync);
        var ended = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.RetryTaskAsync(new RetryTaskRequest { TaskId = completed.ToString() }, headers).ResponseAsync);
        var someoneElses = await Assert.ThrowsAsync<RpcException>(async () =>
            await stack.Tasks.RetryTaskAsync(new RetryTaskRequest { TaskId = withoutFix.ToString() }, await stack.UserAsync("intruder")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, noFix.StatusCode);
        Assert.Contains("failed before a fix was verified (GENERATING_FIX", noFix.Status.Detail);
        Assert.Equal(StatusCode.FailedPrecondition, ended.StatusCode);
        Assert.Contains("is COMPLETED; only a FAILED task whose fix was verified can be retried", ended.Status.Detail);
        Assert.Equal(StatusCode.NotFound, someoneElses.StatusCode);
    }

    private async Task<Guid> SeedFailedAsync(GitRepository repository, bool withFix)
    {
        var id = Guid.NewGuid();
        var now = DateTime.UtcNow;
        await stack.WithDatabaseAsync(db =>
        {
            db.Tasks.Add(new TaskRecord
            {
                Id = id, UserId = AsaStack.DefaultUser, Status = "FAILED", RepoUrl = repository.Path, TestCommand = "python3 -m pytest -q",
                BugDescription = "add(2, 3) returns -1 instead of 5", BaseBranch = "main", CommitSha = repository.Head,
                CreatedAt = now.AddMinutes(-2), UpdatedAt = now, StartedAt = now.AddMinutes(-2), EndedAt = now, EventSeq = 2,
                Fix = withFix ? JsonFormatter.Default.Format(CompletedTaskSeed.Fix) : null,
                // A fixer this engine-only worker cannot run: delivering the stored fix must not need it.
                Fixer = withFix ? "engine-first" : null, Model = withFix ? "other-model" : null,
                ErrorStage = withFix ? "CREATING_PR" : "GENERATING_FIX", ErrorClass = "PERMANENT", ErrorMessage = "The branch could not be created.",
            });
            db.TestRuns.Add(new TestRunRecord
            {
                TaskId = id, Phase = "after_fix", Command = "python3 -m pytest -q", Passed = true, DurationMs = 400, OutputTail = "2 passed", RanAt = now,
            });
            db.TaskEvents.Add(new TaskEventRecord
            {
                TaskId = id, Seq = 1, CreatedAt = now.AddMinutes(-2), Kind = TaskEventKinds.Status, FromStatus = "TASK_STATE_UNSPECIFIED", ToStatus = "QUEUED",
            });
            db.TaskEvents.Add(new TaskEventRecord
            {
                TaskId = id, Seq = 2, CreatedAt = now, Kind = TaskEventKinds.Status, FromStatus = "QUEUED", ToStatus = "FAILED", Stage = "CREATING_PR",
            });
            return db.SaveChangesAsync();
        });
        return id;
    }
}
