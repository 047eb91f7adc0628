using Asa.Worker.Storage;
using Asa.Core.Errors;
using Asa.Core.Repositories;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Delivery;
using Asa.Worker.Llm;
using Asa.Worker.Secrets;
using Google.Protobuf;
using LibGit2Sharp;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// CREATING_PR: commits the verified patch on a new <c>asa/</c> branch of the worker's clone and delivers it: pushed to
/// the remote it was cloned from with a pull request opened on GitHub, created in a local repository, or, where ASA cannot push, kept with the task
/// together with the pull request it would have opened. Each step is recorded, so running the stage again (a transient
/// retry, a resumed task) does not push twice. Every message is cleared of the worker's secrets before it is stored.
/// </summary>
public sealed class CreatePullRequestStage(
    RepositoryUrlPolicy policy,
    TaskStore store,
    TaskJournal journal,
    LlmUsageStore usage,
    SecretValues secrets,
    IOptions<DeliveryOptions> options) : IPipelineStage
{
    public TaskState EntryState => TaskState.CreatingPr;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(context, cancellationToken);
        }
        catch (AsaException error)
        {
            throw new AsaException(error.ErrorClass, secrets.Redact(error.Message));
        }
        catch (LibGit2SharpException error)
        {
            var message = secrets.Redact(error.Message);
            throw GitFailures.IsTransient(message)
                ? AsaException.Transient($"Pushing the fix's branch failed on a network error: {message}")
                : AsaException.Permanent($"Pushing the fix's branch failed: {message}. {AuthenticationHint(message)}".TrimEnd());
        }
        catch (FormatException error)
        {
            throw AsaException.Permanent($"The verified patch could not be committed: {secrets.Redact(error.Message)}");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Whatever else went wrong, its message leaves the worker only without the worker's secrets.
            throw AsaException.Permanent($"Delivering the fix failed: {secrets.Redact(error.Message)}");
        }
    }

    private async Task DeliverAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var fix = context.Fix ?? throw new InvalidOperationException("CREATING_PR runs only for a task with a verified fix.");
        var settings = options.Value;
        var baseBranch = context.BaseBranch ?? throw new InvalidOperationException("The base branch is known once the repository is cloned.");
        var delivery = context.Delivery ?? await ProposeAsync(context, fix, baseBranch, cancellationToken);
        if (delivery.Url.Length > 0)
        {
            context.DeliverySummary = Opened(delivery);
            return;
        }

        var source = policy.Check(context.Task.RepoUrl, out var reason)
            ?? throw AsaException.Policy($"The repository URL is not allowed: it {reason}.");
        switch (DeliveryTarget.For(source, settings.GitHubHost))
        {
            case DeliveryTarget.LocalRepository local:
                await PublishAsync(context, delivery, local.Path, () => PublishLocally(context, delivery, local.Path, baseBranch), cancellationToken);
                await NoteAsync(context, delivery,
                    $"The fix is on the new branch {delivery.Branch} of {local.Path}; its checked-out branch and working tree were not touched. " +
                    "A local repository has no pull requests, so the title and body are stored with the task.", cancellationToken);
                break;
            case DeliveryTarget.GitHub gitHub when settings.GitHubToken is { Length: > 0 } token:
                var origin = OriginOf(context.Workspace);
                await PublishAsync(context, delivery, origin, () => BranchPublisher.Push(
                    context.Workspace, origin, delivery.CommitSha, delivery.Branch, baseBranch, Credentials(token, settings.GitHubHost), cancellationToken),
                    cancellationToken);
                var opened = await new GitHubPullRequests(settings.GitHubApiUrl, token)
                    .OpenAsync(gitHub.Repository, delivery.Branch, baseBranch, delivery.Title, delivery.Body, cancellationToken);
                delivery.Url = opened.Url;
                delivery.Number = opened.Number;
                await NoteAsync(context, delivery,
                    $"{(opened.AlreadyOpen ? "The pull request was already open" : "Opened the pull request")} #{opened.Number} " +
                    $"from {delivery.Branch} into {baseBranch}: {opened.Url}", cancellationToken);
                context.DeliverySummary = Opened(delivery);
                return;
            case DeliveryTarget.GitHub:
                await NoteAsync(context, delivery,
                    "No GitHub token is configured (Delivery:GitHubToken or GITHUB_TOKEN), so nothing was pushed and no pull request was opened; " +
                    "the patch and the pull request's title and body are stored with the task.", cancellationToken);
                break;
            case DeliveryTarget.OtherRemote other:
                await NoteAsync(context, delivery,
                    $"The repository is not on GitHub ({settings.GitHubHost}) but on {other.Host}, for which ASA holds no credentials, so nothing was " +
                    "pushed and no pull request was opened; the patch and the pull request's title and body are stored with the task.", cancellationToken);
                break;
        }
        context.DeliverySummary = delivery.Note;
    }

    // The commit and the proposed pull request, recorded before anything leaves the worker.
    private async Task<PullRequest> ProposeAsync(TaskContext context, TaskFix fix, string baseBranch, CancellationToken cancellationToken)
    {
        var title = PullRequestDescription.Title(context.Task.BugDescription);
        // A retry found no fix itself: the tests and the cost behind the fix are the failed task's.
        var repairedBy = context.Task.RetryOf ?? context.TaskId;
        var (tokens, cost) = await usage.SpentByTaskAsync(repairedBy, cancellationToken);
        var runs = await store.LoadTestRunsAsync(repairedBy, cancellationToken);
        var body = PullRequestDescription.Body(new PullRequestFacts(context.TaskId, context.Task.BugDescription, fix, runs, tokens, cost));
        var delivery = new PullRequest
        {
            Title = secrets.Redact(title),
            Body = secrets.Redact(body),
            Branch = FixBranchName.For(context.TaskId, context.Task.BugDescription),
            CommitSha = Commit(context, fix, title),
            BaseBranch = baseBranch,
        };
        await RecordAsync(context, delivery, cancellationToken);
        return delivery;
    }

    private async Task PublishAsync(TaskContext context, PullRequest delivery, string destination, Func<string> publish, CancellationToken cancellationToken)
    {
        if (delivery.PushedTo.Length > 0)
        {
            return;
        }
        var settings = options.Value;
        // A fresh clone (a resumed task) makes the same change as a new commit; the recorded one is the one delivered.
        using (var clone = new Repository(context.Workspace))
        {
            if (clone.Lookup<Commit>(delivery.CommitSha) is null)
            {
                delivery.CommitSha = Commit(context, context.Fix!, delivery.Title);
            }
        }
        var publishing = Task.Run(publish, CancellationToken.None);
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(settings.PushTimeLimit);
        try
        {
            delivery.Branch = await publishing.WaitAsync(timeLimit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw AsaException.Transient($"Publishing the branch {delivery.Branch} to {destination} took longer than {settings.PushTimeLimit.TotalSeconds:0} s.");
        }
        delivery.PushedTo = destination;
        await RecordAsync(context, delivery, cancellationToken);
        await journal.LogAsync(context.TaskId, EntryState, LogSeverity.Info,
            secrets.Redact($"Put the fix ({delivery.CommitSha[..12]}) on the new branch {delivery.Branch} of {destination}."),
            dedupeKey: "pushed", cancellationToken: cancellationToken);
    }

    private string Commit(TaskContext context, TaskFix fix, string title)
    {
        var settings = options.Value;
        var message = $"{title}\n\n{context.Task.BugDescription.Trim()}\n\n{fix.Rationale.Trim()}\n\nASA task {context.TaskId:D}";
        return FixCommit.Create(context.Workspace, context.CommitSha!, fix.Diff, secrets.Redact(message),
            new Signature(settings.AuthorName, settings.AuthorEmail, DateTimeOffset.UtcNow));
    }

    // The branch goes back where the code came from: the remote the clone was made from.
    private static string OriginOf(string clonePath)
    {
        using var clone = new Repository(clonePath);
        return clone.Network.Remotes["origin"]?.Url ?? throw new InvalidOperationException("The clone has no origin remote.");
    }

    private static string PublishLocally(TaskContext context, PullRequest delivery, string path, string baseBranch)
    {
        using var target = new Repository(path);
        // libgit2 pushes into a bare repository, but not into one with a working tree; that one fetches instead.
        return target.Info.IsBare
            ? BranchPublisher.Push(context.Workspace, path, delivery.CommitSha, delivery.Branch, baseBranch, credentials: null, CancellationToken.None)
            : BranchPublisher.FetchInto(path, context.Workspace, delivery.CommitSha, delivery.Branch, baseBranch);
    }

    private async Task NoteAsync(TaskContext context, PullRequest delivery, string note, CancellationToken cancellationToken)
    {
        delivery.Note = secrets.Redact(note);
        await RecordAsync(context, delivery, cancellationToken);
    }

    private async Task RecordAsync(TaskContext context, PullRequest delivery, CancellationToken cancellationToken)
    {
        context.Delivery = delivery;
        await store.RecordPullRequestAsync(context.TaskId, JsonFormatter.Default.Format(delivery), cancellationToken);
    }

    // The token goes only to the configured GitHub host, over https.
    private static LibGit2Sharp.Handlers.CredentialsHandler Credentials(string token, string gitHubHost) => (url, _, _) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && string.Equals(uri.Host, gitHubHost, StringComparison.OrdinalIgnoreCase)
            ? new UsernamePasswordCredentials { Username = "x-access-token", Password = token }
            : throw AsaException.Permanent($"The remote {uri?.Host ?? url} asked for credentials, and ASA sends its GitHub token only to {gitHubHost}.");

    private static string Opened(PullRequest delivery) =>
        $"Pull request #{delivery.Number} delivers the fix from the branch {delivery.Branch}: {delivery.Url}";

    private static string AuthenticationHint(string message) =>
        message.Contains("authentication", StringComparison.OrdinalIgnoreCase) || message.Contains("403", StringComparison.Ordinal)
            ? "The token was refused: it needs the 'repo' scope (or contents write for a fine-grained token) and the branch rules must allow ASA's branch."
            : "";
}
