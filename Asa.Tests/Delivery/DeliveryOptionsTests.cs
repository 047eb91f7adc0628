using Asa.Worker.Delivery;
using Microsoft.Extensions.Configuration;

namespace Asa.Tests.Delivery;

/// <summary>Which GitHub token the worker ends up with; a deployment without one passes an empty secret.</summary>
public sealed class DeliveryOptionsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData(null, "   ")]
    [InlineData("", "\n")]
    [InlineData(" ", null)]
    public void ABlankTokenMeansNoToken(string? configured, string? environment)
    {
        var options = Resolve(configured, environment);

        Assert.Null(options.GitHubToken);
    }

    [Theory]
    [InlineData(null, "ghp_environment0123", "ghp_environment0123")]
    [InlineData("", "ghp_environment0123", "ghp_environment0123")]
    [InlineData("ghp_configured0123", "ghp_environment0123", "ghp_configured0123")]
    [InlineData(" ghp_configured0123\n", null, "ghp_configured0123")]
    public void TheConfiguredTokenWinsAndABlankOneFallsBackToGitHubToken(string? configured, string? environment, string expected)
    {
        var options = Resolve(configured, environment);

        Assert.Equal(expected, options.GitHubToken);
    }

    private static DeliveryOptions Resolve(string? configured, string? environment)
    {
        var options = new DeliveryOptions { GitHubToken = configured };
        options.ResolveToken(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GITHUB_TOKEN"] = environment }).Build());
        return options;
    }
}
