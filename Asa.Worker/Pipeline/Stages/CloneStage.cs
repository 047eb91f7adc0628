using Asa.Worker.Storage;
using Asa.Core.Errors;
using Asa.Core.Repositories;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Delivery;
using LibGit2Sharp;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>CLONING_REPO: clones the repository with LibGit2Sharp and pins the commit, so a resumed task sees the same code.</summary>
public sealed class CloneStage(RepositoryUrlPolicy policy, TaskStore store, TaskJournal journal) : IPipelineStage
{
    public TaskState EntryState => TaskState.CloningRepo;

    public bool NeededForDelivery => true;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var source = await CloneSource.ResolveAsync(policy, context.Task.RepoUrl, cancellationToken);

        if (Directory.Exists(context.Workspace))
        {
            Directory.Delete(context.Workspace, recursive: true);
        }
        var options = new CloneOptions { BranchName = context.Task.BaseBranch, RecurseSubmodules = false };
        options.FetchOptions.OnTransferProgress = _ => !cancellationToken.IsCancellationRequested;

        var clone = Task.Run(() => Clone(source.CloneUrl, context, options, cancellationToken), CancellationToken.None);
        try
        {
            // libgit2 checks for cancellation only between transfer callbacks; stop waiting at once and tidy up when it returns.
            await clone.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _ = clone.ContinueWith(_ => DeleteQuietly(context.Workspace), TaskScheduler.Default);
            throw;
        }

        using var repository = new Repository(context.Workspace);
        if (context.CommitSha is { } pinned && repository.Head.Tip.Sha != pinned)
        {
            var commit = repository.Lookup<Commit>(pinned)
                ?? throw AsaException.Permanent($"The commit {pinned} this task started from is no longer in the repository.");
            Commands.Checkout(repository, commit, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        }
        var sha = repository.Head.Tip.Sha;
        var branch = context.Task.BaseBranch ?? repository.Head.FriendlyName;
        context.CommitSha = sha;
        context.BaseBranch = branch;
        await store.RecordCloneAsync(context.TaskId, sha, branch, cancellationToken);
        await journal.LogAsync(context.TaskId, EntryState, LogSeverity.Info,
            $"Cloned {context.Task.RepoUrl} at {branch} ({sha[..12]}).", dedupeKey: "clone", cancellationToken: cancellationToken);
    }

    private static void Clone(string url, TaskContext context, CloneOptions options, CancellationToken cancellationToken)
    {
        try
        {
            Repository.Clone(url, context.Workspace, options);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (NotFoundException exception) when (context.Task.BaseBranch is not null)
        {
            throw AsaException.User($"The branch '{context.Task.BaseBranch}' was not found in the repository.", exception);
        }
        catch (LibGit2SharpException exception)
        {
            throw Classify(exception);
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort; the next run of this task clears the folder before cloning.
        }
    }

    private static AsaException Classify(LibGit2SharpException exception)
    {
        var message = exception.Message;
        if (GitFailures.IsTransient(message))
        {
            return AsaException.Transient($"Cloning failed on a network error: {message}", exception);
        }
        return AsaException.User($"The repository could not be cloned: {message}", exception);
    }
}
