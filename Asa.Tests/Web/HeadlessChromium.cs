using PuppeteerSharp;

namespace Asa.Tests.Web;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol; one browser per test class, a fresh
/// incognito context (own session storage) per page. Nothing is downloaded: the executable must be installed.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>How long the page may take to show what a step awaits (a whole task run is longer).</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException("Chromium is not installed: apt-get install chromium (scripts/test.sh does).", ExecutablePath);
        }
        browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The tests run as root in CI, where Chromium refuses its own sandbox; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
            DefaultViewport = new ViewPortOptions { Width = 1280, Height = 900 },
            Timeout = (int)Infrastructure.TestTimeouts.ProcessStart.TotalMilliseconds,
        });
    }

    /// <summary>Opens <paramref name="url"/> in a new context; its script errors are collected for failure messages.</summary>
    public async Task<BrowserPage> OpenAsync(string url)
    {
        var context = await (browser ?? throw new InvalidOperationException("Chromium has not started.")).CreateBrowserContextAsync();
        var page = await context.NewPageAsync();
        page.DefaultTimeout = (int)StepTimeout.TotalMilliseconds;
        var browserPage = new BrowserPage(context, page);
        await page.GoToAsync(url, WaitUntilNavigation.Networkidle2);
        return browserPage;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser.Dispose();
        }
    }
}
