using System.ComponentModel.DataAnnotations;

namespace Asa.Worker.Delivery;

/// <summary>How a verified fix reaches the repository (section <c>Delivery</c>): the commit's author, and GitHub's address and token.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>The author and committer of the fix's commit.</summary>
    [Required, MinLength(1)]
    public string AuthorName { get; set; } = "ASA";

    [Required, EmailAddress]
    public string AuthorEmail { get; set; } = "asa@asa.invalid";

    /// <summary>
    /// GitHub's REST API: <c>https://api.github.com/</c>, or a GitHub Enterprise server's <c>https://host/api/v3/</c>.
    /// Repositories on the matching web host get pull requests.
    /// </summary>
    public Uri GitHubApiUrl { get; set; } = new("https://api.github.com/");

    /// <summary>The token that pushes and opens pull requests (needs <c>repo</c>, or contents and pull requests write); <c>GITHUB_TOKEN</c> when unset.</summary>
    public string? GitHubToken { get; set; }

    /// <summary>
    /// Settles <see cref="GitHubToken"/>: the configured token, else <c>GITHUB_TOKEN</c>, trimmed. A blank value means no token,
    /// as a deployment without one passes an empty secret rather than none.
    /// </summary>
    public void ResolveToken(IConfiguration configuration) =>
        GitHubToken = NullIfBlank(GitHubToken) ?? NullIfBlank(configuration["GITHUB_TOKEN"]);

    /// <summary>How long one push or fetch of the fix's branch may take.</summary>
    public TimeSpan PushTimeLimit { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The web host whose repositories get pull requests through <see cref="GitHubApiUrl"/>; by default the API's host
    /// without a leading <c>api.</c> (github.com for api.github.com, acme.ghe.com for api.acme.ghe.com), else the
    /// Enterprise server's own host.
    /// </summary>
    public string? GitHubWebHost { get; set; }

    public string GitHubHost =>
        GitHubWebHost is { Length: > 0 } configured ? configured.ToLowerInvariant()
        : GitHubApiUrl.Host.StartsWith("api.", StringComparison.OrdinalIgnoreCase) ? GitHubApiUrl.Host[4..].ToLowerInvariant()
        : GitHubApiUrl.Host.ToLowerInvariant();

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
