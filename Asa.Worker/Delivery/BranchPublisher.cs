using Asa.Core.Errors;
using LibGit2Sharp;
using LibGit2Sharp.Handlers;

namespace Asa.Worker.Delivery;

/// <summary>
/// Puts the fix's commit on a new branch where the user will find it: pushed to a remote (an https remote, or a bare
/// repository by path or <c>file://</c>), or copied into a local repository that has a working tree, since libgit2 will not
/// push into one. Never forces, never writes the base branch, and gives a taken name a suffix rather than moving it.
/// </summary>
public static class BranchPublisher
{
    private const int NameAttempts = 20;

    /// <summary>Pushes <paramref name="commitSha"/> from the clone to <paramref name="remoteUrl"/>; returns the branch name used.</summary>
    public static string Push(
        string clonePath, string remoteUrl, string commitSha, string branch, string baseBranch, CredentialsHandler? credentials,
        CancellationToken cancellationToken)
    {
        using var clone = new Repository(clonePath);
        var remote = clone.Network.Remotes["asa-delivery"] is { } existing && existing.Url == remoteUrl
            ? existing
            : AddRemote(clone, remoteUrl);
        var taken = ListBranches(clone, remote, credentials);
        for (var attempt = 1; attempt <= NameAttempts; attempt++)
        {
            var candidate = Checked(FixBranchName.WithSuffix(branch, attempt), baseBranch);
            if (taken.TryGetValue(candidate, out var sha))
            {
                if (sha == commitSha)
                {
                    return candidate;
                }
                continue;
            }
            clone.Refs.Add($"refs/heads/{candidate}", new ObjectId(commitSha), allowOverwrite: true);
            string? refused = null;
            var options = new PushOptions
            {
                CredentialsProvider = credentials,
                OnPushStatusError = error => refused = error.Message,
                OnPushTransferProgress = (_, _, _) => !cancellationToken.IsCancellationRequested,
                OnPackBuilderProgress = (_, _, _) => !cancellationToken.IsCancellationRequested,
            };
            // No '+' in the refspec: the remote refuses anything but creating the branch or moving it forward.
            clone.Network.Push(remote, $"refs/heads/{candidate}:refs/heads/{candidate}", options);
            cancellationToken.ThrowIfCancellationRequested();
            if (refused is null)
            {
                return candidate;
            }
            clone.Refs.Remove($"refs/heads/{candidate}");
            if (!IsNameClash(refused))
            {
                throw AsaException.Permanent($"The remote refused the branch {candidate}: {refused}.");
            }
        }
        throw AsaException.Permanent($"The branch {branch} and its suffixes up to -{NameAttempts} are all taken on the remote.");
    }

    /// <summary>
    /// Creates the branch in a local repository by copying the commit's new objects from the clone; the repository's
    /// checked-out branch, index, working tree and configuration are left alone. Returns the branch name used.
    /// </summary>
    /// <remarks>
    /// Not a fetch: LibGit2Sharp fetches only from a remote configured by name (a path is "not a valid remote name",
    /// libgit2sharp#1488), and a remote added for the occasion leaves its empty section in the user's config when removed.
    /// </remarks>
    public static string FetchInto(string repositoryPath, string clonePath, string commitSha, string branch, string baseBranch)
    {
        Checked(branch, baseBranch);
        using var target = new Repository(repositoryPath);
        for (var attempt = 1; attempt <= NameAttempts; attempt++)
        {
            var candidate = Checked(FixBranchName.WithSuffix(branch, attempt), baseBranch);
            if (target.Refs[$"refs/heads/{candidate}"] is { } existing)
            {
                if (existing.ResolveToDirectReference()?.TargetIdentifier == commitSha)
                {
                    return candidate;
                }
                continue;
            }
            using (var clone = new Repository(clonePath))
            {
                CopyCommit(clone.Lookup<Commit>(commitSha) ?? throw new InvalidOperationException($"The commit {commitSha} is not in the clone."),
                    target, repositoryPath);
            }
            // Without allowOverwrite: the branch is created, or the call fails; an existing branch is never moved.
            target.Refs.Add($"refs/heads/{candidate}", new ObjectId(commitSha), $"asa: the fix as {candidate}");
            return candidate;
        }
        throw AsaException.Permanent($"The branch {branch} and its suffixes up to -{NameAttempts} are all taken in {repositoryPath}.");
    }

    // The parents are the cloned commit, which the repository has; blobs and trees get the same ids by content, and the commit
    // is rebuilt from its parts as FixCommit made it, which the id check confirms.
    private static void CopyCommit(Commit commit, Repository target, string repositoryPath)
    {
        var parents = commit.Parents
            .Select(parent => target.Lookup<Commit>(parent.Id) ?? throw AsaException.Permanent(
                $"The commit the fix is based on, {parent.Sha[..12]}, is no longer in {repositoryPath}."))
            .ToList();
        var copy = target.ObjectDatabase.CreateCommit(commit.Author, commit.Committer, commit.Message, CopyTree(commit.Tree, target), parents,
            prettifyMessage: false);
        if (copy.Id != commit.Id)
        {
            throw new InvalidOperationException($"Copying the commit {commit.Sha} into {repositoryPath} gave {copy.Sha}.");
        }
    }

    // A tree the repository has brings everything below it, so only what the fix added is copied.
    private static Tree CopyTree(Tree tree, Repository target)
    {
        if (target.Lookup<Tree>(tree.Id) is { } existing)
        {
            return existing;
        }
        foreach (var entry in tree)
        {
            if (entry.Target is Tree subtree)
            {
                CopyTree(subtree, target);
            }
            else if (entry.Target is Blob blob && !target.ObjectDatabase.Contains(blob.Id))
            {
                using var content = blob.GetContentStream();
                target.ObjectDatabase.CreateBlob(content);
            }
        }
        return target.ObjectDatabase.CreateTree(TreeDefinition.From(tree));
    }

    private static Remote AddRemote(Repository clone, string remoteUrl)
    {
        if (clone.Network.Remotes["asa-delivery"] is not null)
        {
            clone.Network.Remotes.Remove("asa-delivery");
        }
        return clone.Network.Remotes.Add("asa-delivery", remoteUrl);
    }

    private static Dictionary<string, string> ListBranches(Repository clone, Remote remote, CredentialsHandler? credentials) =>
        // ListReferences refuses a null credentials handler, which a local remote has.
        (credentials is null ? clone.Network.ListReferences(remote) : clone.Network.ListReferences(remote, credentials))
            .Where(reference => reference.CanonicalName.StartsWith("refs/heads/", StringComparison.Ordinal))
            .ToDictionary(reference => reference.CanonicalName["refs/heads/".Length..], reference => reference.TargetIdentifier, StringComparer.Ordinal);

    // The branch is ASA's own by construction; the check keeps a bug elsewhere from ever aiming a push at the base branch.
    private static string Checked(string candidate, string baseBranch) =>
        candidate.StartsWith(FixBranchName.Prefix, StringComparison.Ordinal) && candidate != baseBranch
            ? candidate
            : throw new InvalidOperationException($"Refusing to publish to '{candidate}': fixes go only to new {FixBranchName.Prefix} branches, never to the base branch '{baseBranch}'.");

    private static bool IsNameClash(string refusal) =>
        refusal.Contains("non-fast-forward", StringComparison.OrdinalIgnoreCase) || refusal.Contains("already exists", StringComparison.OrdinalIgnoreCase)
        || refusal.Contains("fetch first", StringComparison.OrdinalIgnoreCase);
}
