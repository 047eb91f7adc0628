using System.Globalization;
using System.Net;
using Asa.Core.Errors;
using Octokit;

namespace Asa.Worker.Delivery;

/// <summary>The repository on GitHub (or a GitHub Enterprise server) that a task's pull request goes to.</summary>
public sealed record GitHubRepository(string Owner, string Name)
{
    public override string ToString() => $"{Owner}/{Name}";
}

/// <summary>A pull request GitHub opened, or had open already for the branch.</summary>
public sealed record OpenedPullRequest(string Url, int Number, bool AlreadyOpen);

/// <summary>
/// Opens pull requests with Octokit and classes GitHub's refusals: rate limits, 5xx and network errors are transient;
/// 401, 403, 404 and 422 are permanent and say why. A pull request already open for the branch is returned as it is,
/// so opening again after a crash is harmless. The token goes only into Octokit's credentials, never into a message.
/// </summary>
public sealed class GitHubPullRequests(Uri apiUrl, string token)
{
    private static readonly ProductHeaderValue Product = new("asa", "1.0");
    private readonly GitHubClient client = new(Product, apiUrl) { Credentials = new Credentials(token, AuthenticationType.Bearer) };

    public async Task<OpenedPullRequest> OpenAsync(
        GitHubRepository repository, string head, string baseBranch, string title, string body, CancellationToken cancellationToken)
    {
        var created = await CallAsync(repository, async () =>
        {
            try
            {
                var pull = await client.PullRequest.Create(repository.Owner, repository.Name, new NewPullRequest(title, head, baseBranch) { Body = body });
                return new OpenedPullRequest(pull.HtmlUrl, pull.Number, AlreadyOpen: false);
            }
            catch (ApiValidationException exception) when (Describe(exception).Contains("already exists", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }, cancellationToken);
        return created ?? await CallAsync(repository, async () =>
        {
            var open = await client.PullRequest.GetAllForRepository(repository.Owner, repository.Name,
                new PullRequestRequest { Head = $"{repository.Owner}:{head}", Base = baseBranch, State = ItemStateFilter.Open });
            return open.FirstOrDefault(pull => pull.Head?.Ref == head) is { } found ? new OpenedPullRequest(found.HtmlUrl, found.Number, AlreadyOpen: true) : null;
        }, cancellationToken)
            ?? throw AsaException.Permanent($"GitHub says a pull request for {head} already exists in {repository}, but none is open there now.");
    }

    private static async Task<T> CallAsync<T>(GitHubRepository repository, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().WaitAsync(cancellationToken);
        }
        catch (ApiException exception)
        {
            throw Classify(exception, repository);
        }
        catch (HttpRequestException exception)
        {
            throw AsaException.Transient($"GitHub could not be reached: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw AsaException.Transient("GitHub did not answer in time.");
        }
    }

    private static AsaException Classify(ApiException exception, GitHubRepository repository)
    {
        var what = Describe(exception);
        return exception switch
        {
            RateLimitExceededException limit => AsaException.Transient(limit.Reset.Year < 2000
                ? $"GitHub's rate limit is used up ({what})."
                : $"GitHub's rate limit is used up ({limit.Limit} requests) until {limit.Reset.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture)}."),
            SecondaryRateLimitExceededException or AbuseException => AsaException.Transient($"GitHub's secondary rate limit stopped the request: {what}."),
            AuthorizationException => AsaException.Permanent(
                $"GitHub refused the token (401 {what}); set a valid token in Delivery:GitHubToken or GITHUB_TOKEN."),
            ForbiddenException => AsaException.Permanent(
                $"GitHub forbade opening a pull request in {repository} (403 {what}); the token needs the 'repo' scope, or contents and " +
                "pull requests write for a fine-grained token, and the branch rules must allow it."),
            NotFoundException => AsaException.Permanent(
                $"GitHub found no repository {repository} that the token can see (404 {what}); check the URL, and that the token has the " +
                "'repo' scope for a private repository."),
            ApiValidationException => AsaException.Permanent($"GitHub rejected the pull request (422 {what})."),
            _ when (int)exception.StatusCode >= 500 || exception.StatusCode == HttpStatusCode.TooManyRequests => AsaException.Transient(
                $"GitHub answered {(int)exception.StatusCode} {what}."),
            _ => AsaException.Permanent($"GitHub answered {(int)exception.StatusCode} {what}."),
        };
    }

    // GitHub's message plus the details of a validation error, e.g. "Validation Failed: A pull request already exists for octo:asa/1".
    private static string Describe(ApiException exception)
    {
        var message = exception.ApiError?.Message ?? exception.Message;
        var details = exception.ApiError?.Errors?.Select(error => error.Message ?? $"{error.Field} {error.Code}").Where(d => !string.IsNullOrWhiteSpace(d)) ?? [];
        var joined = string.Join("; ", details);
        return joined.Length == 0 ? message : $"{message}: {joined}";
    }
}
