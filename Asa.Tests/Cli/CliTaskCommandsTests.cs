using System.Text.RegularExpressions;
using Asa.Cli;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>submit, watch, list, show and cancel, run in process against the real stack.</summary>
[Collection(CliStack.Name)]
public sealed class CliTaskCommandsTests(AsaStack stack)
{
    private const string Bug = "add() subtracts instead of adding";

    [Fact]
    public async Task SubmitWatchFollowsTheSampleStageByStageAndExitsOneWhenItFails()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var cli = await CliSession.ForUserAsync(stack, $"cli-watch-{Guid.NewGuid():N}");

        var result = (await cli.RunAsync("submit", repository.Path, "--bug", Bug, "--watch")).ShouldExit(ExitCodes.TaskDidNotComplete);

        var lines = result.Output.Split('\n').Select(line => line.TrimEnd()).ToList();
        foreach (var stage in (string[])["QUEUED", "CLONING_REPO", "INDEXING_CODE", "TESTING_BEFORE_FIX"])
        {
            Assert.Contains(lines, line => Regex.IsMatch(line, $@"^✓ {stage}\s+\d+(\.\d)?[smh]"));
            Assert.Contains($"→ {stage}", lines);
        }
        Assert.Contains(lines, line => line.TrimStart().StartsWith("Cloned", StringComparison.Ordinal) && line.Contains(repository.Head[..12]));
        Assert.Contains(lines, line => line.TrimStart().StartsWith("Tests before the fix:", StringComparison.Ordinal));
        var final = Assert.Single(lines, line => line.StartsWith("FAILED", StringComparison.Ordinal));
        Assert.Matches(@"^FAILED at GENERATING_FIX \(PERMANENT\) after \S+: .*no fixer is configured", final);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task SubmitAndWatchPrintOneJsonDocumentEach()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var cli = await CliSession.ForUserAsync(stack, $"cli-json-{Guid.NewGuid():N}");

        var submitted = (await cli.RunAsync("submit", repository.Path, "--bug", Bug, "--json")).ShouldExit(ExitCodes.Ok).Json();
        var taskId = submitted.GetProperty("taskId").GetString()!;
        var watched = (await cli.RunAsync("watch", taskId, "--json")).ShouldExit(ExitCodes.TaskDidNotComplete).Json();

        Assert.Equal("QUEUED", submitted.GetProperty("status").GetString());
        Assert.Equal(repository.Path, submitted.GetProperty("repoUrl").GetString());
        var task = watched.GetProperty("task");
        Assert.Equal(taskId, task.GetProperty("taskId").GetString());
        Assert.Equal("FAILED", task.GetProperty("status").GetString());
        Assert.Equal("GENERATING_FIX", task.GetProperty("error").GetProperty("stage").GetString());
        var states = watched.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("statusChange", out _))
            .Select(e => e.GetProperty("statusChange").GetProperty("to").GetString());
        Assert.Equal(["QUEUED", "CLONING_REPO", "INDEXING_CODE", "TESTING_BEFORE_FIX", "FAILED"], states);
    }

    [Fact]
    public async Task ListShowAndCancelWorkOnTheCallersTasks()
    {
        using var sample = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stalled = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stall = StalledReads.Install(stalled);
        var user = $"cli-list-{Guid.NewGuid():N}";
        using var cli = await CliSession.ForUserAsync(stack, user);
        var ended = (await cli.RunAsync("submit", sample.Path, "--bug", Bug, "--json")).ShouldExit(0).Json().GetProperty("taskId").GetString()!;
        await cli.RunAsync("watch", ended, "--json");
        var running = (await cli.RunAsync("submit", stalled.Path, "--bug", Bug, "--json")).ShouldExit(0).Json().GetProperty("taskId").GetString()!;
        await WaitUntilCloningAsync(running, user);

        var showRunning = (await cli.RunAsync("show", running)).ShouldExit(ExitCodes.Ok);
        var cancel = (await cli.RunAsync("cancel", running)).ShouldExit(ExitCodes.Ok);
        var cancelAgain = (await cli.RunAsync("cancel", running)).ShouldExit(ExitCodes.InvalidArgument);
        var list = (await cli.RunAsync("list", "--json")).ShouldExit(ExitCodes.Ok).Json();
        var cancelledOnly = (await cli.RunAsync("list", "--status", "cancelled", "--json")).ShouldExit(ExitCodes.Ok).Json();
        var limited = (await cli.RunAsync("list", "--limit", "1")).ShouldExit(ExitCodes.Ok);
        var showWithoutModel = (await cli.RunAsync("show", ended)).ShouldExit(ExitCodes.Ok);
        // Model calls are recorded by the pipeline; one seeded here gives the task a cost to show.
        await stack.WithDatabaseAsync(async db =>
        {
            var prompt = new Asa.Core.Data.PromptVersionRecord
            {
                Name = "code_agent", Version = "1", Checksum = $"0123456789ab{Guid.NewGuid():N}", Content = "{}", CreatedAt = DateTime.UtcNow,
            };
            db.PromptVersions.Add(prompt);
            await db.SaveChangesAsync();
            db.LlmUsage.Add(new Asa.Core.Data.LlmUsageRecord
            {
                TaskId = Guid.Parse(ended), UserId = "unused", Model = "gpt-4o-mini", Purpose = "code_agent",
                PromptTokens = 1200, CompletionTokens = 300, CostUsd = 0.0123m, Status = "ok", CreatedAt = DateTime.UtcNow,
                PromptVersionId = prompt.Id,
            });
            return await db.SaveChangesAsync();
        });
        var showEnded = (await cli.RunAsync("show", ended)).ShouldExit(ExitCodes.Ok);
        var showJson = (await cli.RunAsync("show", ended, "--json")).ShouldExit(ExitCodes.Ok).Json();

        Assert.Contains("CLONING_REPO", showRunning.Output);
        Assert.Contains("so far", showRunning.Output);
        Assert.Contains($"Task {running} is CANCELLED.", cancel.Output);
        Assert.Contains("has already ended", cancelAgain.Error);
        Assert.Equal([running, ended], list.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("taskId").GetString()));
        Assert.Equal([running], cancelledOnly.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("taskId").GetString()));
        Assert.Contains(running, limited.Output);
        Assert.DoesNotContain(ended, limited.Output);
        Assert.Contains("raise --limit", limited.Output);
        foreach (var expected in (string[])[ended, "FAILED", sample.Path, Bug, "python3 -m pytest", "TESTING_BEFORE_FIX", "Python 2"])
        {
            Assert.Contains(expected, showEnded.Output);
        }
        Assert.Matches(@"(?m)^FAILED at GENERATING_FIX \(PERMANENT\)", showEnded.Output);
        Assert.Contains("no model calls", showWithoutModel.Output);
        Assert.Matches(@"(?m)^\s*before_fix\s+python3 -m pytest\s+failed \(exit 1\)", showEnded.Output);
        Assert.Equal("before_fix", showJson.GetProperty("task").GetProperty("tests")[0].GetProperty("phase").GetString());
        Assert.Contains("$0.0123 for 1 model calls (1,200 prompt + 300 completion tokens)", showEnded.Output);
        Assert.Matches(@"(?m)^\s*Prompts\s+code_agent v1 \(sha256:0123456789ab\)", showEnded.Output);
        Assert.Equal("FAILED", showJson.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal(["QUEUED", "CLONING_REPO", "INDEXING_CODE", "TESTING_BEFORE_FIX", "FAILED"],
            showJson.GetProperty("timeline").EnumerateArray().Select(stage => stage.GetProperty("stage").GetString()));
        Assert.True(showJson.GetProperty("timeline")[1].GetProperty("durationSeconds").GetDouble() > 0);
    }

    [Fact]
    public async Task ShowAndWatchPrintTheFixItsDiffAndThePullRequestOfACompletedTask()
    {
        var user = $"cli-fixed-{Guid.NewGuid():N}";
        using var cli = await CliSession.ForUserAsync(stack, user);
        var id = await CompletedTaskSeed.SeedAsync(stack, user);

        var shown = (await cli.RunAsync("show", id.ToString())).ShouldExit(ExitCodes.Ok);
        var watched = (await cli.RunAsync("watch", id.ToString())).ShouldExit(ExitCodes.Ok);

        Assert.Contains("COMPLETED", shown.Output);
        Assert.Contains("Pull request #7: https://github.com/octo/calculator/pull/7 (branch asa/fix-add)", shown.Output);
        Assert.Contains("Fix: 1 file(s), confidence 0.92, attempt 1", shown.Output);
        Assert.Contains("add() subtracted its arguments; it now adds them.", shown.Output);
        Assert.Contains("Judged by each test's outcome (pytest JUnit XML)", shown.Output);
        Assert.Contains("Pre-existing failures (failing the same way before the fix, not caused by it): tests.test_export::test_windows_paths", shown.Output);
        Assert.Contains("+    return a + b", shown.Output);
        Assert.Contains("-    return a - b", shown.Output);
        Assert.Contains("Pull request #7: https://github.com/octo/calculator/pull/7", watched.Output);
        Assert.Contains("+    return a + b", watched.Output);
    }

    [Fact]
    public async Task ShowSaysWhyNoPullRequestWasOpenedAndNamesTheProposedOne()
    {
        var user = $"cli-proposed-{Guid.NewGuid():N}";
        using var cli = await CliSession.ForUserAsync(stack, user);
        var id = await CompletedTaskSeed.SeedAsync(stack, user, CompletedTaskSeed.ProposedPullRequest);

        var shown = (await cli.RunAsync("show", id.ToString())).ShouldExit(ExitCodes.Ok);

        Assert.DoesNotContain("Pull request #", shown.Output);
        Assert.Contains("No GitHub token is configured", shown.Output);
        Assert.Contains($"Proposed pull request: Fix: add() subtracts instead of adding ('asa show {id} --json' has its body)", shown.Output);
    }

    [Fact]
    public async Task InterruptingAWatchStopsOnlyTheWatch()
    {
        using var stalled = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stall = StalledReads.Install(stalled);
        var user = $"cli-interrupt-{Guid.NewGuid():N}";
        using var cli = await CliSession.ForUserAsync(stack, user);
        var taskId = (await cli.RunAsync("submit", stalled.Path, "--bug", Bug, "--json")).ShouldExit(0).Json().GetProperty("taskId").GetString()!;
        using var interrupt = new CancellationTokenSource();

        var watching = cli.RunAsync(["watch", taskId], interrupt.Token);
        await WaitUntilCloningAsync(taskId, user);
        await interrupt.CancelAsync();
        var watch = (await watching).ShouldExit(ExitCodes.Interrupted);
        var after = (await cli.RunAsync("show", taskId, "--json")).ShouldExit(ExitCodes.Ok).Json();
        (await cli.RunAsync("cancel", taskId)).ShouldExit(ExitCodes.Ok);

        Assert.Contains("interrupted", watch.Error);
        Assert.Equal("CLONING_REPO", after.GetProperty("task").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnUnknownTaskIsNotFoundAndAMalformedIdNamesTheField()
    {
        using var cli = await CliSession.ForUserAsync(stack, $"cli-ids-{Guid.NewGuid():N}");
        var unknown = Guid.NewGuid().ToString();

        var show = (await cli.RunAsync("show", unknown)).ShouldExit(ExitCodes.NotFound);
        var watch = (await cli.RunAsync("watch", unknown)).ShouldExit(ExitCodes.NotFound);
        var cancel = (await cli.RunAsync("cancel", unknown, "--json")).ShouldExit(ExitCodes.NotFound);
        var malformed = (await cli.RunAsync("show", "not-a-task-id", "--json")).ShouldExit(ExitCodes.InvalidArgument);

        Assert.Contains($"Task {unknown} was not found", show.Error);
        Assert.Contains("was not found", watch.Error);
        Assert.Equal("NOT_FOUND", cancel.Json().GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("task_id: 'not-a-task-id' is not a task id", malformed.Error);
        var violation = Assert.Single(malformed.Json().GetProperty("error").GetProperty("fieldViolations").EnumerateArray());
        Assert.Equal("task_id", violation.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ASubmissionTheServerRejectsNamesEachBadField()
    {
        using var cli = await CliSession.ForUserAsync(stack, $"cli-invalid-{Guid.NewGuid():N}");

        var result = (await cli.RunAsync("submit", "ftp://example.com/repo.git", "--bug", "short", "--branch", "bad..branch"))
            .ShouldExit(ExitCodes.InvalidArgument);

        Assert.Contains("  repo_url: ", result.Error);
        Assert.Contains("  bug_description: ", result.Error);
        Assert.Contains("  base_branch: 'bad..branch' is not a valid git branch name", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task SubmitSendsTheFixerAndModelAndShowPrintsThem()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var cli = await CliSession.ForUserAsync(stack, $"cli-fixer-{Guid.NewGuid():N}");

        var submitted = (await cli.RunAsync("submit", repository.Path, "--bug", Bug, "--fixer", "engine-first", "--model", "gpt-4.1-mini", "--json"))
            .ShouldExit(ExitCodes.Ok).Json();
        var taskId = submitted.GetProperty("taskId").GetString()!;
        await cli.RunAsync("watch", taskId);
        var shown = (await cli.RunAsync("show", taskId)).ShouldExit(ExitCodes.Ok).Output;

        Assert.Equal(("engine-first", "gpt-4.1-mini"), (submitted.GetProperty("fixer").GetString(), submitted.GetProperty("model").GetString()));
        Assert.Matches(@"Fixer\s+engine-first", shown);
        Assert.Matches(@"Model\s+gpt-4\.1-mini", shown);
        // The stack's worker has no model, so the task asking for one ends at once.
        Assert.Contains("no model configured", shown);
    }

    [Fact]
    public async Task SubmitRefusesAnUnknownFixerBeforeCallingTheServer()
    {
        using var cli = await CliSession.ForUserAsync(stack, $"cli-fixer-{Guid.NewGuid():N}");

        var result = (await cli.RunAsync("submit", "/tmp", "--bug", Bug, "--fixer", "robot")).ShouldExit(ExitCodes.Usage);

        Assert.Contains("robot", result.Error);
        Assert.Contains("engine-first", result.Error);
    }

    [Fact]
    public async Task ARelativePathToALocalRepositoryIsSentAsAnAbsolutePath()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var cli = await CliSession.ForUserAsync(stack, $"cli-relative-{Guid.NewGuid():N}");
        cli.WorkingDirectory = Path.GetDirectoryName(repository.Path)!;

        var submitted = (await cli.RunAsync("submit", Path.GetFileName(repository.Path), "--bug", Bug, "--json")).ShouldExit(0).Json();

        Assert.Equal(repository.Path, submitted.GetProperty("repoUrl").GetString());
        await cli.RunAsync("watch", submitted.GetProperty("taskId").GetString()!);
    }

    private async Task WaitUntilCloningAsync(string taskId, string user)
    {
        using var call = stack.Tasks.WatchTask(new WatchTaskRequest { TaskId = taskId }, await stack.UserAsync(user),
            deadline: DateTime.UtcNow.AddSeconds(60));
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            if (call.ResponseStream.Current.StatusChange?.To == TaskState.CloningRepo)
            {
                return;
            }
        }
        throw new InvalidOperationException($"Task {taskId} ended before it was cloning.");
    }
}
