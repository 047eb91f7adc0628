using Asa.Tests.Infrastructure;

namespace Asa.Tests.Web;

/// <summary>An Api in local mode (no keys, one implicit user) and no workers.</summary>
public sealed class LocalModeStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Api = new Dictionary<string, string> { ["Auth__Mode"] = "local" },
});

public sealed class LocalModeWebPageTests(LocalModeStack stack, HeadlessChromium chromium)
    : IClassFixture<LocalModeStack>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public async Task AnEmptyKeySignsInWhenTheApiRunsInLocalMode()
    {
        await using var browser = await chromium.OpenAsync($"http://127.0.0.1:{stack.HttpPort}/");

        await browser.SignInAsync("");
        await browser.Page.WaitForSelectorAsync("#no-tasks:not([hidden])");
        var status = await browser.TextAsync("#key-status");

        Assert.Contains("local mode", status);
    }
}
