using Asa.Core.Repositories;
using Asa.Worker.Delivery;

namespace Asa.Tests.Delivery;

public sealed class DeliveryTargetTests
{
    [Theory]
    [InlineData("https://api.github.com/", null, "github.com")]
    [InlineData("https://api.acme.ghe.com/", null, "acme.ghe.com")]
    [InlineData("https://ghe.example.com/api/v3/", null, "ghe.example.com")]
    [InlineData("http://127.0.0.1:8080/", "GitHub.com", "github.com")]
    public void TheGitHubWebHostFollowsTheApiUrlUnlessConfigured(string apiUrl, string? webHost, string expected) =>
        Assert.Equal(expected, new DeliveryOptions { GitHubApiUrl = new Uri(apiUrl), GitHubWebHost = webHost }.GitHubHost);

    [Fact]
    public void ARepositoryOnTheGitHubHostGetsAPullRequestInItsOwnersRepository()
    {
        var target = DeliveryTarget.For(new RepositorySource(RepositorySourceKind.GitHub, "https://github.com/octo/calculator.git"), "github.com");

        Assert.Equal(new DeliveryTarget.GitHub(new GitHubRepository("octo", "calculator")), target);
    }

    [Fact]
    public void AnEnterpriseRepositoryIsGitHubWhenItsHostIsTheConfiguredOne()
    {
        var source = new RepositorySource(RepositorySourceKind.Https, "https://ghe.example.com/platform/billing");

        Assert.Equal(new DeliveryTarget.GitHub(new GitHubRepository("platform", "billing")), DeliveryTarget.For(source, "ghe.example.com"));
        Assert.Equal(new DeliveryTarget.OtherRemote(source.CloneUrl, "ghe.example.com"), DeliveryTarget.For(source, "github.com"));
    }

    [Fact]
    public void ALocalRepositoryGetsTheBranchInPlace() =>
        Assert.Equal(new DeliveryTarget.LocalRepository("/srv/repos/app"),
            DeliveryTarget.For(new RepositorySource(RepositorySourceKind.Local, "/srv/repos/app"), "github.com"));
}
