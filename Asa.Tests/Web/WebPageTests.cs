using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Integration;
using Google.Rpc;
using Grpc.Core;
using PuppeteerSharp;

namespace Asa.Tests.Web;

/// <summary>The page served by the Api, used as a person would, in headless Chromium against the real stack.</summary>
public sealed class WebPageTests(AsaStack stack, HeadlessChromium chromium)
    : IClassFixture<AsaStack>, IClassFixture<HeadlessChromium>
{
    private static readonly TimeSpan TaskRun = TimeSpan.FromSeconds(120);

    private string PageUrl => $"http://127.0.0.1:{stack.HttpPort}/";

    [Fact]
    public async Task AUserSubmitsABugWatchesItLiveReadsItsStagesAndGivesFeedback()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        await using var browser = await chromium.OpenAsync(PageUrl);
        var page = browser.Page;
        var key = await stack.KeyFor("web-user");
        await browser.SignInAsync(key);
        var keptOnlyForTheTab = await page.EvaluateFunctionAsync<bool>(
            "k => sessionStorage.getItem('asa.apiKey') === k && localStorage.length === 0 && document.cookie === ''", key);
        await RecordListStatusesAsync(page);

        await page.TypeAsync("#repo_url", repository.Path);
        await page.TypeAsync("#bug_description", "add() subtracts instead of adding");
        await page.ClickAsync("#submit-form button[type=submit]");
        var row = await page.WaitForSelectorAsync("#task-rows tr[data-task-id]");
        var taskId = await row.EvaluateFunctionAsync<string>("r => r.dataset.taskId");
        await page.WaitForSelectorAsync($"tr[data-task-id='{taskId}'] .status[data-state=FAILED]",
            new WaitForSelectorOptions { Timeout = (int)TaskRun.TotalMilliseconds });
        var listed = await page.EvaluateExpressionAsync<string[]>("window.listStatuses");
        var sameRow = await row.EvaluateFunctionAsync<bool>("r => r.isConnected");
        await browser.ScreenshotAsync("task-list");

        await page.ClickAsync($"tr[data-task-id='{taskId}'] button");
        await page.WaitForSelectorAsync("#timeline li[data-state=FAILED]");
        var stages = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#timeline li')].map(li => li.dataset.state)");
        var error = await browser.WaitForTextAsync("#task-error:not([hidden])");
        var logLines = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#log li').length");
        var commit = await browser.TextAsync("#task-facts");
        await page.WaitForSelectorAsync("#test-runs tr[data-phase=before_fix]");
        var testRun = await browser.TextAsync("#test-runs tbody");

        await page.ClickAsync("#feedback-form button[type=submit]");
        var noRating = await browser.WaitForTextAsync("#rating-error");
        await page.ClickAsync("#feedback-form input[name=rating][value='4']");
        await page.TypeAsync("#comment", "The failing test is the right one.");
        await page.ClickAsync("#feedback-form button[type=submit]");
        var thanks = await browser.WaitForTextAsync("#feedback-status");
        await browser.ScreenshotAsync("task-view");

        Assert.True(keptOnlyForTheTab, "The key is not in session storage alone.");
        Assert.True(sameRow, "The list was rebuilt instead of updated in place.");
        Assert.Equal(["QUEUED", "CLONING_REPO", "INDEXING_CODE", "TESTING_BEFORE_FIX", "FAILED"], listed);
        Assert.Equal(["QUEUED", "CLONING_REPO", "INDEXING_CODE", "TESTING_BEFORE_FIX", "FAILED"], stages);
        Assert.Contains("generating a fix", error);
        Assert.Contains("The bug is reproduced", error);
        Assert.True(logLines >= 2, $"{logLines} log lines shown.");
        Assert.Contains(repository.Head, commit);
        Assert.Contains("before_fix", testRun);
        Assert.Contains("python3 -m pytest", testRun);
        Assert.Contains("failed (exit code 1)", testRun);
        Assert.Equal("must be between 1 and 5", noRating);
        Assert.Contains("recorded", thanks);
        Assert.True(string.IsNullOrEmpty(browser.Problems), browser.Problems);
    }

    [Fact]
    public async Task ACompletedTaskShowsItsFixDiffAndPullRequestLink()
    {
        var user = $"web-fixed-{Guid.NewGuid():N}";
        var taskId = await CompletedTaskSeed.SeedAsync(stack, user);
        await using var browser = await chromium.OpenAsync(PageUrl);
        var page = browser.Page;
        await browser.SignInAsync(await stack.KeyFor(user));

        await page.WaitForSelectorAsync($"tr[data-task-id='{taskId}'] .status[data-state=COMPLETED]");
        await page.ClickAsync($"tr[data-task-id='{taskId}'] button");
        await page.WaitForSelectorAsync("#task-result .diff");
        var link = await page.EvaluateExpressionAsync<string>("document.querySelector('#task-result a.pull-request').href");
        var added = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#task-result .diff .added')].map(s => s.textContent.trim())");
        var removed = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#task-result .diff .removed')].map(s => s.textContent.trim())");
        var result = await browser.TextAsync("#task-result");
        await browser.ScreenshotAsync("completed-task");

        Assert.Equal(CompletedTaskSeed.PullRequest.Url, link);
        Assert.Equal(["+    return a + b"], added);
        Assert.Equal(["-    return a - b"], removed);
        Assert.Contains("add() subtracted its arguments; it now adds them.", result);
        Assert.Contains("confidence 0.92", result);
        Assert.Contains("Judged by each test's outcome (pytest JUnit XML)", result);
        Assert.Contains("tests.test_export::test_windows_paths (failing the same way before the fix, not caused by it)", result);
        Assert.True(string.IsNullOrEmpty(browser.Problems), browser.Problems);
    }

    [Fact]
    public async Task ACompletedTaskWithoutAPullRequestShowsWhyAndTheProposedOne()
    {
        var user = $"web-proposed-{Guid.NewGuid():N}";
        var taskId = await CompletedTaskSeed.SeedAsync(stack, user, CompletedTaskSeed.ProposedPullRequest);
        await using var browser = await chromium.OpenAsync(PageUrl);
        var page = browser.Page;
        await browser.SignInAsync(await stack.KeyFor(user));

        await page.WaitForSelectorAsync($"tr[data-task-id='{taskId}'] .status[data-state=COMPLETED]");
        await page.ClickAsync($"tr[data-task-id='{taskId}'] button");
        await page.WaitForSelectorAsync("#task-result .proposed-pull-request");
        var result = await browser.TextAsync("#task-result");
        var links = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#task-result a.pull-request').length");

        Assert.Equal(0, links);
        Assert.Contains("No GitHub token is configured", result);
        Assert.Contains("Fix: add() subtracts instead of adding", result);
        Assert.Contains("asa/fix-add (not pushed) at bbbbbbbbbbbb", result);
        Assert.True(string.IsNullOrEmpty(browser.Problems), browser.Problems);
    }

    [Fact]
    public async Task ABadSubmissionShowsTheApisOwnMessageBesideEachField()
    {
        const string missingRepository = "/definitely/not/here";
        const string shortBug = "too short";
        var user = $"web-bad-{Guid.NewGuid():N}";
        var headers = await stack.UserAsync(user);
        var apiSays = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(missingRepository, shortBug), headers).ResponseAsync);
        var violations = apiSays.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.ToDictionary(v => v.Field, v => v.Description);
        await using var browser = await chromium.OpenAsync(PageUrl);
        var page = browser.Page;
        await browser.SignInAsync(await stack.KeyFor(user));

        await page.TypeAsync("#repo_url", missingRepository);
        await page.TypeAsync("#bug_description", shortBug);
        await page.ClickAsync("#submit-form button[type=submit]");
        var bugMessage = await browser.WaitForTextAsync("#bug_description-error");
        var repoMessage = await browser.TextAsync("#repo_url-error");
        var invalid = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('[aria-invalid=true]')].map(e => e.name)");
        var rows = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#task-rows tr').length");
        await browser.ScreenshotAsync("bad-submission");

        Assert.Equal(violations["bug_description"], bugMessage);
        Assert.Equal(violations["repo_url"], repoMessage);
        Assert.Equal(["repo_url", "bug_description"], invalid);
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task AKeyTheApiRejectsIsReportedAsNotValidAndNotKept()
    {
        await using var browser = await chromium.OpenAsync(PageUrl);

        await browser.EnterKeyAsync("asa_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        await browser.Page.WaitForSelectorAsync("#key-status.problem");
        var message = await browser.TextAsync("#key-status");
        var kept = await browser.Page.EvaluateExpressionAsync<int>("sessionStorage.length");
        var workspaceHidden = await browser.ExistsAsync("#workspace[hidden]");

        Assert.Contains("not valid", message);
        Assert.Equal(0, kept);
        Assert.True(workspaceHidden);
    }

    /// <summary>Records every status the list shows, in order, without reloading anything.</summary>
    private static Task RecordListStatusesAsync(IPage page) => page.EvaluateExpressionAsync("""
        window.listStatuses = [];
        new MutationObserver(records => {
          for (const record of records) {
            const nodes = record.type === 'attributes' ? [record.target] : [...record.addedNodes].flatMap(n => n.querySelectorAll ? [...n.querySelectorAll('.status')] : []);
            for (const node of nodes) {
              if (node.classList?.contains('status')) window.listStatuses.push(node.dataset.state);
            }
          }
        }).observe(document.getElementById('task-rows'), { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        """);
}
