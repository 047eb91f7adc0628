using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// A GitHub-shaped REST server on loopback, laid out as GitHub Enterprise serves it (under <c>/api/v3/</c>), which is
/// where Octokit goes for any host but api.github.com. It creates and lists pull requests with GitHub's status codes,
/// error bodies and headers: 401 for a wrong token, 404 for a repository it does not know, 422 for a missing field or
/// a pull request already open for the same head and base. Answers scripted with <see cref="FailNext(GitHubAnswer)"/>
/// go to the next POSTs, in order, before any of that. Every request is kept, with the status it was answered with.
/// Lists come as one page, so there is never a Link header to follow.
/// </summary>
public sealed partial class FakeGitHubServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string token;
    private readonly string login;
    private readonly object gate = new();
    private readonly Dictionary<string, int> lastNumbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakePullRequest> pullRequests = [];
    private readonly ConcurrentQueue<GitHubAnswer> failures = new();
    private readonly ConcurrentQueue<GitHubRequest> received = new();

    private FakeGitHubServer(WebApplication app, Uri apiUrl, string token, string login)
    {
        this.app = app;
        this.token = token;
        this.login = login;
        ApiUrl = apiUrl;
    }

    /// <summary>What to give <c>GitHubPullRequests</c> as its API URL.</summary>
    public Uri ApiUrl { get; }

    public IReadOnlyList<GitHubRequest> Received => [.. received];

    public IReadOnlyList<FakePullRequest> PullRequests
    {
        get
        {
            lock (gate)
            {
                return [.. pullRequests];
            }
        }
    }

    /// <summary>Starts a server that accepts <paramref name="token"/> as the credentials of the user <paramref name="login"/>.</summary>
    public static async Task<FakeGitHubServer> StartAsync(string token, string login = "asa-bot")
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        // The test output holds the services' appsettings.json, whose Kestrel endpoints must not become this server's too.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeGitHubServer(app, new Uri($"http://127.0.0.1:{port}/"), token, login);
        app.Run(server.AnswerAsync);
        await app.StartAsync().WaitAsync(TestTimeouts.ProcessStart);
        return server;
    }

    /// <summary>Makes <c>owner/name</c> a repository the token can see; any other is 404, as GitHub hides what a token cannot see.</summary>
    public void AddRepository(string owner, string name)
    {
        lock (gate)
        {
            lastNumbers.TryAdd($"{owner}/{name}", 0);
        }
    }

    /// <summary>Closes a pull request, as someone on GitHub would, so it no longer blocks another for its branch.</summary>
    public void ClosePullRequest(string owner, string name, int number)
    {
        lock (gate)
        {
            var index = pullRequests.FindIndex(pull => pull.Repository.Equals($"{owner}/{name}", StringComparison.OrdinalIgnoreCase) && pull.Number == number);
            pullRequests[index] = pullRequests[index] with { State = "closed" };
        }
    }

    /// <summary>The next POST not yet given a scripted answer gets this one instead of being handled.</summary>
    public void FailNext(GitHubAnswer failure) => failures.Enqueue(failure);

    /// <inheritdoc cref="FailNext(GitHubAnswer)"/>
    public void FailNext(int status, string jsonBody, IReadOnlyDictionary<string, string>? headers = null) =>
        FailNext(new GitHubAnswer(status, jsonBody, headers ?? new Dictionary<string, string>()));

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var answer = Handle(request, body);
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        received.Enqueue(new GitHubRequest(request.Method, $"{request.Path}{request.QueryString}", headers, body, answer.Status));

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.Body, Encoding.UTF8, context.RequestAborted);
    }

    private GitHubAnswer Handle(HttpRequest request, string body)
    {
        var pulls = PullsPath().Match(request.Path.Value ?? "");
        var isCreate = pulls.Success && HttpMethods.IsPost(request.Method);
        if (isCreate && failures.TryDequeue(out var scripted))
        {
            return scripted;
        }
        if (!pulls.Success || !(isCreate || HttpMethods.IsGet(request.Method)))
        {
            return GitHubAnswer.Error(404, "Not Found", GitHubAnswer.RestDocumentation);
        }
        var documentation = isCreate ? GitHubAnswer.CreateDocumentation : GitHubAnswer.ListDocumentation;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return GitHubAnswer.Error(401, "Requires authentication", documentation);
        }
        if (!IsToken(authorization))
        {
            return GitHubAnswer.BadCredentials();
        }
        var (owner, name) = (pulls.Groups["owner"].Value, pulls.Groups["repo"].Value);
        lock (gate)
        {
            if (!lastNumbers.ContainsKey($"{owner}/{name}"))
            {
                return GitHubAnswer.Error(404, "Not Found", documentation);
            }
            return isCreate ? Create(owner, name, body) : List(owner, name, request.Query);
        }
    }

    // GitHub takes a token under either scheme; the scheme's case does not matter to it.
    private bool IsToken(string authorization)
    {
        var parts = authorization.Split(' ', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && (parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("token", StringComparison.OrdinalIgnoreCase))
            && parts[1] == token;
    }

    private GitHubAnswer Create(string owner, string name, string body)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }
        if (json is null)
        {
            return GitHubAnswer.Error(400, "Problems parsing JSON", GitHubAnswer.CreateDocumentation);
        }
        var invalid = new[] { "head", "base", "title" }.Select(field => FieldError(json, field, required: true))
            .Append(FieldError(json, "body", required: false))
            .OfType<JsonObject>()
            .ToArray();
        if (json["draft"] is { } draftValue && draftValue.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            invalid = [.. invalid, new JsonObject { ["resource"] = "PullRequest", ["field"] = "draft", ["code"] = "invalid" }];
        }
        if (invalid.Length > 0)
        {
            return GitHubAnswer.Validation(invalid);
        }

        var head = json["head"]!.GetValue<string>();
        // A head without an owner is a branch of the repository itself; "user:branch" is a branch of that user's fork.
        var (headOwner, headRef) = head.Split(':', 2) is [var user, var branch] ? (user, branch) : (owner, head);
        var baseRef = json["base"]!.GetValue<string>();
        var repository = $"{owner}/{name}";
        if (pullRequests.Any(pull => pull.Repository.Equals(repository, StringComparison.OrdinalIgnoreCase) && pull.State == "open"
            && pull.HeadLabel == $"{headOwner}:{headRef}" && pull.Base == baseRef))
        {
            return GitHubAnswer.PullRequestAlreadyExists($"{headOwner}:{headRef}");
        }
        var number = ++lastNumbers[repository];
        var pull = new FakePullRequest(1_000_000 + pullRequests.Count + 1, repository, number, headOwner, headRef, baseRef, json["title"]!.GetValue<string>(),
            json["body"]?.GetValue<string>(), "open", json["draft"]?.GetValue<bool>() ?? false, DateTimeOffset.UtcNow);
        pullRequests.Add(pull);
        var url = PullUrl(pull);
        return new GitHubAnswer(201, ToJson(pull).ToJsonString(), new Dictionary<string, string> { ["Location"] = url });
    }

    private GitHubAnswer List(string owner, string name, IQueryCollection query)
    {
        var state = query["state"].ToString() is { Length: > 0 } given ? given : "open";
        if (state is not ("open" or "closed" or "all"))
        {
            return GitHubAnswer.Validation(new JsonObject { ["resource"] = "PullRequest", ["field"] = "state", ["code"] = "invalid" });
        }
        var head = query["head"].ToString();
        var baseRef = query["base"].ToString();
        var repository = $"{owner}/{name}";
        var found = pullRequests
            .Where(pull => pull.Repository.Equals(repository, StringComparison.OrdinalIgnoreCase))
            .Where(pull => state == "all" || pull.State == state)
            // GitHub ignores a head filter that is not "user:branch" rather than matching nothing.
            .Where(pull => !head.Contains(':') || pull.HeadLabel == head)
            .Where(pull => baseRef.Length == 0 || pull.Base == baseRef)
            .OrderByDescending(pull => pull.Number)
            .Select(pull => (JsonNode)ToJson(pull))
            .ToArray();
        return new GitHubAnswer(200, new JsonArray(found).ToJsonString(), new Dictionary<string, string>());
    }

    private static JsonObject? FieldError(JsonObject json, string field, bool required) => json[field] switch
    {
        null when required => new JsonObject { ["resource"] = "PullRequest", ["field"] = field, ["code"] = "missing_field" },
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => null,
        _ => new JsonObject { ["resource"] = "PullRequest", ["field"] = field, ["code"] = "invalid" },
    };

    private string PullUrl(FakePullRequest pull) => $"{ApiUrl}api/v3/repos/{pull.Repository}/pulls/{pull.Number}";

    private JsonObject ToJson(FakePullRequest pull)
    {
        var owner = pull.Repository.Split('/')[0];
        var created = pull.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["url"] = PullUrl(pull),
            ["id"] = pull.Id,
            ["node_id"] = $"PR_kwFake{pull.Id}",
            ["html_url"] = pull.HtmlUrl,
            ["diff_url"] = $"{pull.HtmlUrl}.diff",
            ["patch_url"] = $"{pull.HtmlUrl}.patch",
            ["number"] = pull.Number,
            ["state"] = pull.State,
            ["locked"] = false,
            ["title"] = pull.Title,
            ["user"] = User(login, 1),
            ["body"] = pull.Body,
            ["labels"] = new JsonArray(),
            ["created_at"] = created,
            ["updated_at"] = created,
            ["closed_at"] = null,
            ["merged_at"] = null,
            ["merge_commit_sha"] = null,
            ["assignees"] = new JsonArray(),
            ["requested_reviewers"] = new JsonArray(),
            ["head"] = Branch(pull.HeadOwner, pull.Repository.Split('/')[1], pull.HeadRef),
            ["base"] = Branch(owner, pull.Repository.Split('/')[1], pull.Base),
            ["author_association"] = "OWNER",
            ["draft"] = pull.Draft,
            ["merged"] = false,
            ["mergeable"] = null,
            ["comments"] = 0,
            ["review_comments"] = 0,
            ["commits"] = 1,
            ["additions"] = 0,
            ["deletions"] = 0,
            ["changed_files"] = 0,
        };
    }

    private static JsonObject Branch(string owner, string repository, string branch) => new()
    {
        ["label"] = $"{owner}:{branch}",
        ["ref"] = branch,
        ["sha"] = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{owner}/{repository}:{branch}"))),
        ["user"] = User(owner, 2),
        ["repo"] = new JsonObject
        {
            ["id"] = 100,
            ["node_id"] = "R_kgFake100",
            ["name"] = repository,
            ["full_name"] = $"{owner}/{repository}",
            ["private"] = false,
            ["owner"] = User(owner, 2),
            ["html_url"] = $"https://github.example/{owner}/{repository}",
            ["default_branch"] = "main",
        },
    };

    private static JsonObject User(string login, int id) => new()
    {
        ["login"] = login,
        ["id"] = id,
        ["node_id"] = $"U_kgFake{id}",
        ["html_url"] = $"https://github.example/{login}",
        ["type"] = "User",
        ["site_admin"] = false,
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().WaitAsync(TestTimeouts.ProcessExit);
        await app.DisposeAsync();
    }

    [GeneratedRegex("^/api/v3/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/pulls$")]
    private static partial Regex PullsPath();
}
