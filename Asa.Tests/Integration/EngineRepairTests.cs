using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Worker.Repair.Localization;

namespace Asa.Tests.Integration;

/// <summary>The embedded repair engine end to end through the real stack, with no model configured.</summary>
public sealed class EngineRepairTests(EngineStack stack) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(5);

    private static readonly TaskState[] FixedPath =
    [
        TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.TestingBeforeFix,
        TaskState.GeneratingFix, TaskState.ValidatingSecurity, TaskState.ApplyingFix, TaskState.TestingAfterFix, TaskState.Completed,
    ];

    [Theory]
    [InlineData("py-clamp-bounds")]
    [InlineData("js-leap-year")]
    public async Task ACorpusBugIsFixedVerifiedAndStoredWithTheSearchsAccount(string name)
    {
        var (task, events) = await RepairAsync(name);

        Assert.True(task.Status == TaskState.Completed, $"{name} ended {task.Status}: {task.Error?.Message}");
        Assert.Equal(FixedPath, events.States());
        var changed = Assert.Single(task.Fix.ChangedFiles);
        Assert.False(TestFileConvention.IsTest(changed), $"the engine changed the test file {changed}");
        Assert.Equal(KnownFixedFiles(name), [changed]);
        Assert.Contains("embedded repair engine", task.Fix.Rationale);
        Assert.InRange(task.Fix.Confidence, 0.4, 0.8);
        Assert.Equal(task.RepairSearch.Run, task.Fix.Attempts);
        Assert.Equal("fixed", task.RepairSearch.Stopped);
        Assert.True(task.RepairSearch.Generated >= task.RepairSearch.Compiled && task.RepairSearch.Compiled >= task.RepairSearch.Run
                    && task.RepairSearch.Run >= task.RepairSearch.Passed && task.RepairSearch.Passed >= 1, task.RepairSearch.ToString());
        Assert.NotEmpty(task.RepairSearch.SuspiciousLines);
        Assert.Equal([("before_fix", false), ("after_fix", true)], task.Tests.Select(t => (t.Phase, t.Passed)));
        Assert.Null(task.Cost);
    }

    private static IReadOnlyList<string> KnownFixedFiles(string name)
    {
        var fixedRoot = Path.Combine(CorpusRepository.CaseDirectory(name), "fixed");
        return [.. Directory.EnumerateFiles(fixedRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fixedRoot, f).Replace('\\', '/'))];
    }

    private async Task<(AsaTask Task, IReadOnlyList<TaskEvent> Events)> RepairAsync(string name)
    {
        using var repository = await CorpusRepository.BuildAsync(name);
        using var caseJson = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(CorpusRepository.CaseDirectory(name), "case.json")));
        var headers = await stack.UserAsync(AsaStack.DefaultUser);
        var submitted = await stack.Tasks.SubmitTaskAsync(new SubmitTaskRequest
        {
            RepoUrl = repository.Path,
            BugDescription = caseJson.RootElement.GetProperty("description").GetString()!,
            TestCommand = caseJson.RootElement.GetProperty("testCommand").GetString()!,
        }, headers);
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId, headers, RepairTimeout);
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers);
        return (task, events);
    }
}
