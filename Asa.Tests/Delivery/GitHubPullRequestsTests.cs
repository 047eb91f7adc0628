using System.Globalization;
using Asa.Core.Errors;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Worker.Delivery;
using Microsoft.AspNetCore.WebUtilities;

namespace Asa.Tests.Delivery;

/// <summary>Pull requests opened through Octokit against a server that answers as GitHub does.</summary>
public sealed class GitHubPullRequestsTests : IAsyncLifetime
{
    private const string Token = "asa-test-token-5c1e9b07d2";
    private const string PullsPath = "/api/v3/repos/octo/calculator/pulls";
    private static readonly GitHubRepository Calculator = new("octo", "calculator");
    private FakeGitHubServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGitHubServer.StartAsync(Token);
        server.AddRepository("octo", "calculator");
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task OpeningPostsHeadBaseTitleAndBodyWithTheBearerTokenAndReturnsTheNewPullRequest()
    {
        var opened = await OpenAsync("asa/task-7", title: "Fix the off-by-one in Sum", body: "The loop stopped one item early.");

        Assert.Equal(new OpenedPullRequest("https://github.example/octo/calculator/pull/1", 1, AlreadyOpen: false), opened);
        var request = Assert.Single(server.Received);
        Assert.Equal(("POST", PullsPath, 201), (request.Method, request.PathAndQuery, request.Status));
        Assert.Equal($"Bearer {Token}", request.Headers["Authorization"]);
        var json = request.Json!;
        Assert.Equal(
            ("asa/task-7", "main", "Fix the off-by-one in Sum", "The loop stopped one item early."),
            (json["head"]?.GetValue<string>(), json["base"]?.GetValue<string>(), json["title"]?.GetValue<string>(), json["body"]?.GetValue<string>()));
        var pull = Assert.Single(server.PullRequests);
        Assert.Equal(("octo:asa/task-7", "main", "open"), (pull.HeadLabel, pull.Base, pull.State));
    }

    [Fact]
    public async Task OpeningAgainForTheSameBranchReturnsThePullRequestAlreadyOpen()
    {
        await OpenAsync("asa/task-8");
        await OpenAsync("asa/other");

        var again = await OpenAsync("asa/task-8");

        Assert.Equal(new OpenedPullRequest("https://github.example/octo/calculator/pull/1", 1, AlreadyOpen: true), again);
        Assert.Equal(2, server.PullRequests.Count);
        Assert.Equal(
            [("POST", 201), ("POST", 201), ("POST", 422), ("GET", 200)],
            server.Received.Select(request => (request.Method, request.Status)));
        var lookup = server.Received[^1];
        Assert.StartsWith($"{PullsPath}?", lookup.PathAndQuery);
        var query = QueryHelpers.ParseQuery(lookup.PathAndQuery[lookup.PathAndQuery.IndexOf('?')..]);
        Assert.Equal(("open", "octo:asa/task-8", "main"), (query["state"].ToString(), query["head"].ToString(), query["base"].ToString()));
    }

    [Fact]
    public async Task OpeningAfterTheBranchPullRequestWasClosedOpensANewOne()
    {
        await OpenAsync("asa/task-9");
        server.ClosePullRequest("octo", "calculator", 1);

        var reopened = await OpenAsync("asa/task-9");

        Assert.Equal(new OpenedPullRequest("https://github.example/octo/calculator/pull/2", 2, AlreadyOpen: false), reopened);
    }

    [Fact]
    public async Task PullRequestGitHubSaysExistsButNoneIsOpenIsPermanent()
    {
        server.FailNext(GitHubAnswer.PullRequestAlreadyExists("octo:asa/task-10"));

        var exception = await FailsAsync(ErrorClass.Permanent, () => OpenAsync("asa/task-10"));

        Assert.Contains("none is open", exception.Message);
        Assert.Equal(["POST", "GET"], server.Received.Select(request => request.Method));
    }

    [Fact]
    public async Task WrongTokenIsPermanentAndSaysGitHubRefusedItWith401()
    {
        const string wrongToken = "asa-test-token-revoked-93af";
        var pullRequests = new GitHubPullRequests(server.ApiUrl, wrongToken);

        var exception = await FailsAsync(ErrorClass.Permanent,
            () => pullRequests.OpenAsync(Calculator, "asa/task-11", "main", "Fix", "Body", Timeout()), wrongToken);

        Assert.Contains("401 Bad credentials", exception.Message);
        Assert.Equal(401, Assert.Single(server.Received).Status);
        Assert.Empty(server.PullRequests);
    }

    [Fact]
    public async Task UsedUpRateLimitIsTransientAndSaysWhenItResetsInUtc()
    {
        var reset = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(37).ToUnixTimeSeconds());
        server.FailNext(GitHubAnswer.RateLimitExceeded(reset));

        var exception = await FailsAsync(ErrorClass.Transient, () => OpenAsync("asa/task-12"));

        Assert.Contains("rate limit", exception.Message);
        Assert.Contains("5000 requests", exception.Message);
        Assert.Contains(reset.UtcDateTime.ToString("u", CultureInfo.InvariantCulture), exception.Message);
    }

    [Fact]
    public async Task ForbiddenWithoutRateLimitIsPermanentAndNamesTheRepoScope()
    {
        server.FailNext(GitHubAnswer.ResourceNotAccessible());

        var exception = await FailsAsync(ErrorClass.Permanent, () => OpenAsync("asa/task-13"));

        Assert.Contains("403 Resource not accessible by personal access token", exception.Message);
        Assert.Contains("'repo' scope", exception.Message);
    }

    [Fact]
    public async Task UnknownRepositoryIsPermanentAndNamesTheRepository()
    {
        var exception = await FailsAsync(ErrorClass.Permanent,
            () => Client().OpenAsync(new GitHubRepository("octo", "missing"), "asa/task-14", "main", "Fix", "Body", Timeout()));

        Assert.Contains("octo/missing", exception.Message);
        Assert.Contains("404 Not Found", exception.Message);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task ServerErrorIsTransient(int status)
    {
        server.FailNext(GitHubAnswer.ServerError(status));

        var exception = await FailsAsync(ErrorClass.Transient, () => OpenAsync("asa/task-15"));

        Assert.Contains($"GitHub answered {status}", exception.Message);
        Assert.Empty(server.PullRequests);
    }

    [Fact]
    public async Task OtherValidationFailureIsPermanentAndCarriesGitHubsReason()
    {
        server.FailNext(GitHubAnswer.ValidationFailed("No commits between main and asa/task-16"));

        var exception = await FailsAsync(ErrorClass.Permanent, () => OpenAsync("asa/task-16"));

        Assert.Contains("422 Validation Failed: No commits between main and asa/task-16", exception.Message);
        Assert.Single(server.Received);
    }

    private GitHubPullRequests Client() => new(server.ApiUrl, Token);

    private Task<OpenedPullRequest> OpenAsync(string head, string title = "Fix the failing test", string body = "What ASA changed and why.") =>
        Client().OpenAsync(Calculator, head, "main", title, body, Timeout());

    /// <summary>The call fails with this class, and neither the message nor the stack trace shows the token.</summary>
    private static async Task<AsaException> FailsAsync(ErrorClass expected, Func<Task> open, string token = Token)
    {
        var exception = await Assert.ThrowsAsync<AsaException>(() => open().WaitAsync(TestTimeouts.Call));
        Assert.Equal(expected, exception.ErrorClass);
        Assert.DoesNotContain(token, exception.Message);
        Assert.DoesNotContain(token, exception.ToString());
        return exception;
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TestTimeouts.Call).Token;
}
