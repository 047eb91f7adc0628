using System.Collections.Concurrent;
using Asa.Tests.Infrastructure;
using PuppeteerSharp;

namespace Asa.Tests.Web;

/// <summary>One tab of <see cref="HeadlessChromium"/> with the steps the web page tests share.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> problems = new();

    public BrowserPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, e) =>
        {
            // The browser logs every API answer of 4xx as an error; the page shows those itself, so only its
            // own script's errors and failed loads of its files count.
            if (e.Message.Type == ConsoleType.Error && !IsApiCall(e.Message.Location?.URL))
            {
                problems.Enqueue($"console: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => problems.Enqueue($"page error: {e.Message}");
    }

    public IPage Page { get; }

    private static bool IsApiCall(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>Script errors and console errors so far, to attach to an assertion.</summary>
    public string Problems => string.Join(Environment.NewLine, problems);

    /// <summary>Enters <paramref name="key"/> in the key form and submits it.</summary>
    public async Task EnterKeyAsync(string key)
    {
        await Page.TypeAsync("#api-key", key);
        await Page.ClickAsync("#key-form button[type=submit]");
    }

    /// <summary>Enters the key and waits until the page shows the user's workspace.</summary>
    public async Task SignInAsync(string key)
    {
        await EnterKeyAsync(key);
        await Page.WaitForSelectorAsync("#workspace:not([hidden])");
    }

    public async Task<string> TextAsync(string selector) =>
        await Page.EvaluateFunctionAsync<string>("s => document.querySelector(s)?.textContent ?? ''", selector);

    public async Task<bool> ExistsAsync(string selector) =>
        await Page.EvaluateFunctionAsync<bool>("s => document.querySelector(s) !== null", selector);

    /// <summary>Waits until <paramref name="selector"/> matches an element with some text, and returns the text.</summary>
    public async Task<string> WaitForTextAsync(string selector, TimeSpan? timeout = null)
    {
        await Page.WaitForFunctionAsync("s => (document.querySelector(s)?.textContent ?? '').trim().length > 0",
            new WaitForFunctionOptions { Timeout = (int)(timeout ?? HeadlessChromium.StepTimeout).TotalMilliseconds }, selector);
        return await TextAsync(selector);
    }

    /// <summary>Saves a full-page PNG under the test run's results (TestResults/web), which CI keeps.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var directory = Path.Combine(SolutionPaths.Root, "TestResults", "web");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.png");
        await Page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
