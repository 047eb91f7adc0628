using System.Globalization;
using System.Text.Json.Nodes;

namespace Asa.Tests.Infrastructure;

/// <summary>An answer of the fake GitHub server: a status, a JSON body and headers. The failures GitHub really sends are built here.</summary>
public sealed record GitHubAnswer(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public const string RestDocumentation = "https://docs.github.com/rest";
    public const string CreateDocumentation = "https://docs.github.com/rest/pulls/pulls#create-a-pull-request";
    public const string ListDocumentation = "https://docs.github.com/rest/pulls/pulls#list-pull-requests";
    private const string RateLimitDocumentation = "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting";

    public static GitHubAnswer Error(int status, string message, string documentation, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["message"] = message, ["documentation_url"] = documentation }.ToJsonString(), headers ?? new Dictionary<string, string>());

    /// <summary>401 for a token GitHub does not know.</summary>
    public static GitHubAnswer BadCredentials() => Error(401, "Bad credentials", RestDocumentation);

    /// <summary>403 for a used-up primary rate limit, with the headers that say when it resets.</summary>
    public static GitHubAnswer RateLimitExceeded(DateTimeOffset reset, int limit = 5000) => Error(403, "API rate limit exceeded for user ID 1.",
        RateLimitDocumentation, new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Used"] = limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Resource"] = "core",
        });

    /// <summary>403 for a token without the permission, with the header in which GitHub names the permissions it wanted.</summary>
    public static GitHubAnswer ResourceNotAccessible() => Error(403, "Resource not accessible by personal access token", CreateDocumentation,
        new Dictionary<string, string>
        {
            ["X-Accepted-GitHub-Permissions"] = "pull_requests=write; contents=write",
            ["X-RateLimit-Limit"] = "5000",
            ["X-RateLimit-Remaining"] = "4998",
        });

    /// <summary>A 5xx as GitHub's API answers it.</summary>
    public static GitHubAnswer ServerError(int status = 500) => new(status, new JsonObject { ["message"] = "Server Error" }.ToJsonString(),
        new Dictionary<string, string>());

    /// <summary>422 with one custom validation error, e.g. "No commits between main and asa/x".</summary>
    public static GitHubAnswer ValidationFailed(string message) =>
        Validation(new JsonObject { ["resource"] = "PullRequest", ["code"] = "custom", ["message"] = message });

    /// <summary>The 422 GitHub gives when an open pull request already has this head (<c>owner:branch</c>) and base.</summary>
    public static GitHubAnswer PullRequestAlreadyExists(string headLabel) => ValidationFailed($"A pull request already exists for {headLabel}.");

    internal static GitHubAnswer Validation(params JsonObject[] errors) => new(422, new JsonObject
    {
        ["message"] = "Validation Failed",
        ["errors"] = new JsonArray(errors),
        ["documentation_url"] = CreateDocumentation,
    }.ToJsonString(), new Dictionary<string, string>());
}

/// <summary>A pull request the fake GitHub server holds; <see cref="Repository"/> is <c>owner/name</c>.</summary>
public sealed record FakePullRequest(
    long Id, string Repository, int Number, string HeadOwner, string HeadRef, string Base, string Title, string? Body, string State, bool Draft,
    DateTimeOffset CreatedAt)
{
    public string HeadLabel => $"{HeadOwner}:{HeadRef}";

    public string HtmlUrl => $"https://github.example/{Repository}/pull/{Number}";
}

/// <summary>A request the fake GitHub server received, and the status it answered with.</summary>
public sealed record GitHubRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, int Status)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
