using Asa.Benchmarks.Corpus;
using Asa.Corpus;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Repair.Localization;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>The embedded repair engine end to end through the real stack, with no model configured.</summary>
public sealed class EngineRepairTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    private static readonly TaskState[] FixedPath =
    [
        TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.TestingBeforeFix,
        TaskState.GeneratingFix, TaskState.ValidatingSecurity, TaskState.ApplyingFix, TaskState.TestingAfterFix, TaskState.CreatingPr, TaskState.Completed,
    ];

    [Theory]
    [InlineData("py-clamp-bounds")]
    [InlineData("js-leap-year")]
    [InlineData("java-title-case")]
    [InlineData("cs-insertion-sort")]
    public async Task ACorpusBugIsFixedInTheCodeVerifiedAndStoredWithTheSearchsAccount(string name)
    {
        await using var worker = await stack.EngineWorkerAsync();

        var (task, events) = await RepairAsync(name);

        Assert.True(task.Status == TaskState.Completed, $"{name} ended {task.Status}: {task.Error?.Message}");
        Assert.Equal(FixedPath, events.States());
        // Python's and Node's failing tests ran in warm batches: the warm driver agreed with the classic reference run.
        Assert.DoesNotContain(events.Logs(), line => line.Contains("warm test runner", StringComparison.Ordinal));
        var changed = Assert.Single(task.Fix.ChangedFiles);
        Assert.False(TestFileConvention.IsTest(changed), $"the engine changed the test file {changed}");
        Assert.Equal(KnownFixedFiles(name), [changed]);
        var verdict = await HeldBackCheck.RunAsync(Case(name), task.Fix.Diff, HeldBackCheck.DefaultTimeLimit, CancellationToken.None);
        Assert.True(verdict.Correct, $"the fix fails the held-back tests: {verdict.Reason}\n{verdict.OutputTail}");
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

    [Fact]
    public async Task ABugNoSmallEditFixesEndsFailedWithTheSearchsAccountAndNoFix()
    {
        await using var worker = await stack.EngineWorkerAsync(new Dictionary<string, string> { ["Engine__MaxCandidates"] = "24" });

        var (task, events) = await RepairAsync("py-merge-intervals");

        Assert.Equal(TaskState.Failed, task.Status);
        Assert.Equal((TaskState.GeneratingFix, ErrorClass.Permanent), (task.Error.Stage, task.Error.ErrorClass));
        Assert.StartsWith("The embedded engine found no fix:", task.Error.Message);
        Assert.Contains("24 run, 0 passed", task.Error.Message);
        Assert.Contains("(stopped: candidate limit)", task.Error.Message);
        Assert.Equal((24, 0, "candidate limit"), (task.RepairSearch.Run, task.RepairSearch.Passed, task.RepairSearch.Stopped));
        Assert.Null(task.Fix);
        Assert.DoesNotContain(TaskState.ValidatingSecurity, events.States());
        Assert.Equal(["before_fix"], task.Tests.Select(t => t.Phase));
    }

    [Fact]
    public async Task TheSearchStopsAtItsTimeLimit()
    {
        // No small edit fixes py-merge-intervals, so only the limit ends its search. 20 s leaves the search time for a
        // warm batch to end after the clone, the first test run, the coverage run and the warm-up: with 10 s, a CI
        // machine under load once ended the search after 5.5 s with its first batch still in flight.
        var limit = TimeSpan.FromSeconds(20);
        await using var worker = await stack.EngineWorkerAsync(new Dictionary<string, string> { ["Engine__TimeLimit"] = limit.ToString() });

        var (task, _) = await RepairAsync("py-merge-intervals");

        Assert.True(task.Status == TaskState.Failed && task.RepairSearch is not null, $"{task.Status}: {task.Error}");
        Assert.Equal("time limit", task.RepairSearch.Stopped);
        Assert.Contains("(stopped: time limit)", task.Error.Message);
        // The limit counts from the task's start, so the search itself had less; the runs in flight at the limit are
        // stopped, not waited for.
        Assert.InRange(task.RepairSearch.Elapsed.ToTimeSpan(), TimeSpan.FromSeconds(1), limit);
        Assert.InRange(task.EndedAt.ToDateTime() - task.StartedAt.ToDateTime(), limit * 0.9, limit + TimeSpan.FromSeconds(3));
        Assert.True(task.RepairSearch.Run > 0 && task.RepairSearch.Run < task.RepairSearch.Generated, task.RepairSearch.ToString());
        // The account says where the time went: the warm batches, and what came before them.
        Assert.Contains("Time, summed over the forks: ", task.Error.Message);
        Assert.Contains("warm batches ", task.Error.Message);
        Assert.Contains("preparation ", task.Error.Message);
    }

    [Fact]
    public async Task TestFilesAreNeverEditedEvenWhenOnlyAnEditToATestWouldPass()
    {
        await using var worker = await stack.EngineWorkerAsync();
        // The two tests contradict each other: deleting either assertion would "pass", changing the code cannot.
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("tax.py", "RATE = 0.2\n\n\ndef tax(amount):\n    return round(amount * RATE, 2)\n")
            .WithFile("tests/test_tax.py", "from tax import tax\n\n\ndef test_tax():\n    assert tax(10) == 2.0\n\n\ndef test_tax_again():\n    assert tax(10) == 3.0\n")
            .Commit("Tax")
            .BuildAsync();

        var (task, _) = await SubmitAsync(repository.Path, "tax(10) is wrong in one of the tests", "python3 -m pytest -q");

        Assert.Equal(TaskState.Failed, task.Status);
        Assert.Equal("exhausted", task.RepairSearch.Stopped);
        Assert.True(task.RepairSearch.Run > 0, task.RepairSearch.ToString());
        Assert.All(task.RepairSearch.SuspiciousLines, line => Assert.StartsWith("tax.py:", line));
        Assert.DoesNotContain("+++ b/tests/", task.RepairSearch.BestPartial);
        Assert.Null(task.Fix);
    }

    private static CorpusCase Case(string name) => CorpusCatalog.LoadCase(Path.Combine(CorpusCatalog.Locate(SolutionPaths.Root), name));

    private static IReadOnlyList<string> KnownFixedFiles(string name) => [.. CorpusFiles.RelativeFiles(Case(name).FixedDirectory)];

    private async Task<(AsaTask Task, IReadOnlyList<TaskEvent> Events)> RepairAsync(string name)
    {
        var corpusCase = Case(name);
        using var repository = await CorpusCheckout.RepositoryAsync(corpusCase, CancellationToken.None);
        return await SubmitAsync(repository.Path, corpusCase.Description, corpusCase.TestCommand);
    }

    private async Task<(AsaTask Task, IReadOnlyList<TaskEvent> Events)> SubmitAsync(string repository, string bug, string testCommand)
    {
        var headers = await stack.UserAsync(AsaStack.DefaultUser);
        var submitted = await stack.Tasks.SubmitTaskAsync(new SubmitTaskRequest { RepoUrl = repository, BugDescription = bug, TestCommand = testCommand }, headers);
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId, headers, RepairTimeout);
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers);
        output.WriteLine($"{task.Status}: {task.RepairSearch}");
        return (task, events);
    }
}
