using Asa.Protos.V1;
using Asa.Tests.Integration;
using Xunit.Abstractions;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// The ASA back end with no model, for the embedded repair engine: it starts with no worker, so each test starts
/// one with the engine settings it is about (<see cref="EngineWorkerAsync"/>).
/// </summary>
public sealed class EngineStack() : AsaStack(new AsaStackOptions { Workers = 0 })
{
    /// <summary>Starts a worker with the engine on (Engine:Mode=Auto) and these settings; dispose it to kill it.</summary>
    public async Task<IAsyncDisposable> EngineWorkerAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var worker = await AddWorkerAsync(new Dictionary<string, string>
        {
            ["Engine__Mode"] = "Auto",
            ["Engine__TimeLimit"] = "00:04:00",
            ["Engine__Parallelism"] = "2",
        }.Concat(settings ?? new Dictionary<string, string>()).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        return new WorkerLease(this, worker);
    }

    /// <summary>
    /// Commits <paramref name="files"/> as a repository, submits it with the bug and <c>python3 -m pytest -q</c> to a
    /// worker of its own, and returns the task once it ended, which must be <c>COMPLETED</c> with a fix; the task's
    /// account goes to <paramref name="output"/> either way.
    /// </summary>
    public Task<AsaTask> RepairPythonAsync(IReadOnlyDictionary<string, string> files, string bug, TimeSpan timeout, ITestOutputHelper output) =>
        RepairAsync(files, bug, "python3 -m pytest -q", timeout, output);

    /// <summary>As <see cref="RepairPythonAsync"/>, with the repository's own test command.</summary>
    public async Task<AsaTask> RepairAsync(
        IReadOnlyDictionary<string, string> files, string bug, string testCommand, TimeSpan timeout, ITestOutputHelper output)
    {
        await using var worker = await EngineWorkerAsync();
        var builder = new GitRepositoryBuilder();
        foreach (var (path, content) in files)
        {
            builder.WithFile(path, content);
        }
        using var repository = await builder.Commit("Code and tests").BuildAsync();
        var headers = await UserAsync(DefaultUser);
        var request = new SubmitTaskRequest { RepoUrl = repository.Path, BugDescription = bug, TestCommand = testCommand };
        var submitted = await Tasks.SubmitTaskAsync(request, headers);
        await Tasks.WatchToEndAsync(submitted.TaskId, headers, timeout);
        var task = await Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers);
        output.WriteLine($"{task.Status}: {task.Error?.Message}\n{task.RepairSearch}\n{task.Fix?.Rationale}\n{task.Fix?.Diff}");
        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}\n{task.RepairSearch}");
        Assert.NotNull(task.Fix);
        return task;
    }

    private sealed class WorkerLease(AsaStack stack, ServiceProcess worker) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(stack.KillWorkerAsync(worker));
    }
}
