using System.Collections.Concurrent;
using Asa.Tests.Infrastructure;
using Asa.Tests.Integration;

namespace Asa.Tests.Web;

public sealed class LocalModeWebPageTests(LocalAuthStack stack, HeadlessChromium chromium)
    : IClassFixture<LocalAuthStack>, IClassFixture<HeadlessChromium>
{
    private string PageUrl => $"http://127.0.0.1:{stack.HttpPort}/";

    [Fact]
    public async Task AnEmptyKeySignsInWhenTheApiRunsInLocalMode()
    {
        await using var browser = await chromium.OpenAsync(PageUrl);

        await browser.SignInAsync("");
        await browser.Page.WaitForSelectorAsync("#task-rows tr, #no-tasks:not([hidden])");
        var status = await browser.TextAsync("#key-status");

        Assert.Contains("local mode", status);
    }

    [Fact]
    public async Task ManyUnfinishedTasksLeaveTheBrowserAConnectionToSubmitWith()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        for (var i = 0; i < 6; i++)
        {
            await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        }
        await using var browser = await chromium.OpenAsync(PageUrl);
        var page = browser.Page;
        var watchesOpened = new ConcurrentQueue<string>();
        page.Request += (_, e) =>
        {
            if (e.Request.Url.EndsWith("/watch", StringComparison.Ordinal))
            {
                watchesOpened.Enqueue(e.Request.Url);
            }
        };
        await browser.SignInAsync("");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#task-rows tr').length >= 6");

        await page.TypeAsync("#repo_url", repository.Path);
        await page.TypeAsync("#bug_description", "add() subtracts instead of adding");
        await page.ClickAsync("#submit-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#task-rows tr').length >= 7");
        var queued = await browser.TextAsync("#submit-status");

        Assert.Contains("is queued", queued);
        Assert.Equal(4, watchesOpened.Count);
    }
}
