using Asa.Worker.Storage;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using Asa.Core.Data;
using Asa.Core.Errors;
using Asa.Core.Repositories;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Llm;
using Asa.Worker.Delivery;
using Asa.Worker.Llm;
using Asa.Worker.Pipeline;
using Asa.Worker.Pipeline.Stages;
using Asa.Worker.Secrets;
using Asa.Worker.Tasks;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Asa.Tests.Delivery;

/// <summary>
/// CREATING_PR against a GitHub-shaped server on loopback: the task names a github.com repository, the worker's clone
/// pushes to the bare repository it was cloned from, and the pull request goes to the fake GitHub API.
/// </summary>
public sealed class CreatePullRequestStageTests(GatewayStores stores) : IClassFixture<GatewayStores>, IAsyncLifetime
{
    private const string Bug = "add(2, 3) returns -1 instead of 5: add() subtracts its second argument.";
    private static readonly string Token = $"ghp_{Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant()}";
    private readonly List<string> folders = [];
    private FakeGitHubServer github = null!;
    private GitRepository source = null!;
    private string bare = "";

    public async Task InitializeAsync()
    {
        github = await FakeGitHubServer.StartAsync(Token);
        github.AddRepository("octo", "calculator");
        source = await GitRepositoryBuilder.PythonProject().BuildAsync();
        bare = Folder();
        await source.GitAsync("clone", "--quiet", "--bare", source.Path, bare);
    }

    public async Task DisposeAsync()
    {
        await github.DisposeAsync();
        source.Dispose();
        folders.Where(Directory.Exists).ToList().ForEach(folder => Directory.Delete(folder, recursive: true));
    }

    [Fact]
    public async Task OnGitHubTheBranchIsPushedAndThePullRequestOpenedAgainstTheBaseBranch()
    {
        var context = await NewTaskAsync("https://github.com/octo/calculator");

        await Stage().RunAsync(context, CancellationToken.None);

        var delivered = (await StoredAsync(context.TaskId))!;
        var opened = Assert.Single(github.PullRequests);
        Assert.Equal((opened.HtmlUrl, opened.Number), (delivered.Url, delivered.Number));
        Assert.Equal((delivered.Branch, "main", delivered.Title, delivered.Body), (opened.HeadRef, opened.Base, opened.Title, opened.Body));
        Assert.StartsWith($"asa/{context.TaskId}-add-2-3-returns-1", delivered.Branch);
        Assert.Equal(bare, delivered.PushedTo);
        Assert.Equal(delivered.CommitSha, await GitAsync(bare, "rev-parse", $"refs/heads/{delivered.Branch}"));
        Assert.Equal(source.Head, await GitAsync(bare, "rev-parse", "refs/heads/main"));
        Assert.Contains("return a + b", await GitAsync(bare, "show", $"{delivered.Branch}:calculator.py"));
        Assert.Contains(github.Received, request => request.Method == "POST" && request.Headers["Authorization"] == $"Bearer {Token}");
        Assert.Contains($"#{opened.Number}", context.DeliverySummary);
        await AssertTokenIsNotStoredAsync(context);
    }

    [Fact]
    public async Task APermanentRefusalKeepsThePushedBranchAndARetryOpensThePullRequestWithoutPushingAgain()
    {
        var context = await NewTaskAsync("https://github.com/octo/calculator");
        github.FailNext(GitHubAnswer.BadCredentials());

        var refusal = await Assert.ThrowsAsync<AsaException>(() => Stage().RunAsync(context, CancellationToken.None));

        Assert.Equal(ErrorClass.Permanent, refusal.ErrorClass);
        Assert.Contains("401", refusal.Message);
        var kept = (await StoredAsync(context.TaskId))!;
        Assert.Equal(("", bare), (kept.Url, kept.PushedTo));
        Assert.Empty(github.PullRequests);

        // What a resumed or retried task sees: the stored record, and a fresh clone of its own.
        var record = await new TaskStore(stores.DataSource, TimeProvider.System).LoadAsync(context.TaskId, CancellationToken.None);
        var again = new TaskContext(record!, await CloneAsync()) { CommitSha = source.Head, BaseBranch = "main" };
        await Stage().RunAsync(again, CancellationToken.None);

        var delivered = (await StoredAsync(context.TaskId))!;
        Assert.Equal((kept.Branch, kept.CommitSha), (delivered.Branch, delivered.CommitSha));
        Assert.Equal(Assert.Single(github.PullRequests).HtmlUrl, delivered.Url);
        Assert.Equal([kept.Branch], (await GitAsync(bare, "branch", "--list", "asa/*", "--format=%(refname:short)")).Split('\n'));
    }

    [Fact]
    public async Task AUsedUpRateLimitIsTransientAndSaysWhenItResets()
    {
        var context = await NewTaskAsync("https://github.com/octo/calculator");
        var reset = DateTimeOffset.UtcNow.AddMinutes(20);
        github.FailNext(GitHubAnswer.RateLimitExceeded(reset));

        var refusal = await Assert.ThrowsAsync<AsaException>(() => Stage().RunAsync(context, CancellationToken.None));

        Assert.Equal(ErrorClass.Transient, refusal.ErrorClass);
        Assert.Contains($"until {reset:yyyy-MM-dd HH:mm}", refusal.Message);
    }

    [Fact]
    public async Task AServerErrorIsTransientAndTheStageRunAgainOpensThePullRequestFromTheSameBranch()
    {
        var context = await NewTaskAsync("https://github.com/octo/calculator");
        github.FailNext(GitHubAnswer.ServerError(502));

        var failure = await Assert.ThrowsAsync<AsaException>(() => Stage().RunAsync(context, CancellationToken.None));
        // What the pipeline does with a transient failure (Worker:TransientAttempts): the stage runs again.
        await Stage().RunAsync(context, CancellationToken.None);

        Assert.Equal(ErrorClass.Transient, failure.ErrorClass);
        var delivered = (await StoredAsync(context.TaskId))!;
        Assert.Equal(Assert.Single(github.PullRequests).HtmlUrl, delivered.Url);
        Assert.Equal([delivered.Branch], (await GitAsync(bare, "branch", "--list", "asa/*", "--format=%(refname:short)")).Split('\n'));
    }

    [Fact]
    public async Task AServerThatEchoesTheTokenCannotPutItIntoTheTasksError()
    {
        var context = await NewTaskAsync("https://github.com/octo/calculator");
        github.FailNext(GitHubAnswer.ValidationFailed($"The token {Token} may not open pull requests here"));

        var refusal = await Assert.ThrowsAsync<AsaException>(() => Stage().RunAsync(context, CancellationToken.None));

        Assert.Equal(ErrorClass.Permanent, refusal.ErrorClass);
        Assert.DoesNotContain(Token, refusal.ToString());
        Assert.Contains($"The token {SecretValues.Mask} may not open pull requests here", refusal.Message);
        await AssertTokenIsNotStoredAsync(context);
    }

    [Fact]
    public async Task WithoutATokenNothingIsPushedAndTheProposedPullRequestIsStoredWithThePatch()
    {
        var context = await NewTaskAsync("https://github.com/octo/calculator");

        await Stage(token: null).RunAsync(context, CancellationToken.None);

        var proposed = (await StoredAsync(context.TaskId))!;
        Assert.Equal(("", ""), (proposed.Url, proposed.PushedTo));
        Assert.StartsWith("No GitHub token is configured", proposed.Note);
        Assert.StartsWith("Fix: add(2, 3) returns -1 instead of 5", proposed.Title);
        Assert.Contains("```diff", proposed.Body);
        Assert.Empty(github.Received);
        Assert.Equal("", await GitAsync(bare, "branch", "--list", "asa/*"));
        Assert.Equal(proposed.Note, context.DeliverySummary);
    }

    [Fact]
    public async Task ARemoteThatIsNotGitHubGetsNeitherThePushNorTheToken()
    {
        var context = await NewTaskAsync("https://git.example.org/octo/calculator.git");

        await Stage().RunAsync(context, CancellationToken.None);

        var proposed = (await StoredAsync(context.TaskId))!;
        Assert.Contains("on git.example.org, for which ASA holds no credentials", proposed.Note);
        Assert.Equal("", proposed.PushedTo);
        Assert.Empty(github.Received);
        Assert.Equal("", await GitAsync(bare, "branch", "--list", "asa/*"));
    }

    private CreatePullRequestStage Stage(string? token = "configured")
    {
        var metrics = new AsaMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
        return new CreatePullRequestStage(
            new RepositoryUrlPolicy(allowLocalRepositories: true),
            new TaskStore(stores.DataSource, TimeProvider.System),
            new TaskJournal(stores.DataSource, stores.Redis, metrics, TimeProvider.System),
            new LlmUsageStore(stores.DataSource),
            new SecretValues([Token]),
            Options.Create(new DeliveryOptions
            {
                GitHubToken = token is null ? null : Token, GitHubApiUrl = github.ApiUrl, GitHubWebHost = "github.com",
            }));
    }

    private async Task<TaskContext> NewTaskAsync(string repoUrl)
    {
        var record = new TaskRecord
        {
            Id = Guid.NewGuid(), UserId = "tester", Status = "CREATING_PR", RepoUrl = repoUrl, BugDescription = Bug, TestCommand = "python3 -m pytest -q",
            BaseBranch = "main", CommitSha = source.Head, Fix = JsonFormatter.Default.Format(CompletedTaskSeed.Fix),
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, StartedAt = DateTime.UtcNow,
        };
        await using (var db = AsaDbContextOptions.CreateContext(stores.DataSource.ConnectionString))
        {
            db.Tasks.Add(record);
            await db.SaveChangesAsync();
        }
        return new TaskContext(record, await CloneAsync()) { BaseBranch = "main" };
    }

    private async Task<string> CloneAsync()
    {
        var clone = Folder();
        await source.GitAsync("clone", "--quiet", bare, clone);
        return clone;
    }

    private async Task<PullRequest?> StoredAsync(Guid taskId)
    {
        await using var command = stores.DataSource.CreateCommand("SELECT pull_request::text FROM tasks WHERE id = @id");
        command.Parameters.AddWithValue("id", taskId);
        return await command.ExecuteScalarAsync() is string json ? PullRequest.Parser.ParseJson(json) : null;
    }

    private async Task AssertTokenIsNotStoredAsync(TaskContext context)
    {
        foreach (var table in new[] { "tasks", "task_events" })
        {
            await using var command = stores.DataSource.CreateCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, @token) > 0");
            command.Parameters.AddWithValue("token", Token);
            Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        }
        foreach (var config in new[] { Path.Combine(context.Workspace, ".git", "config"), Path.Combine(bare, "config") })
        {
            Assert.DoesNotContain(Token, await File.ReadAllTextAsync(config));
        }
    }

    private static async Task<string> GitAsync(string repository, params string[] arguments) =>
        (await GitRepositoryBuilder.GitAsync(repository, arguments)).Text.Trim();

    private string Folder()
    {
        var folder = Directory.CreateTempSubdirectory("asa-tests-delivery-").FullName;
        folders.Add(folder);
        Directory.Delete(folder);
        return folder;
    }
}
