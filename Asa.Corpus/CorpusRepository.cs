namespace Asa.Corpus;

/// <summary>A case's <c>buggy/</c> folder as a git repository with one commit on <c>main</c>, as a user would submit it.</summary>
public static class CorpusRepository
{
    public const string Branch = "main";

    // The same commit id on every machine and every run, so results can be compared across runs.
    private static readonly Dictionary<string, string> DeterministicCommit = new()
    {
        ["GIT_AUTHOR_NAME"] = "asa-corpus",
        ["GIT_AUTHOR_EMAIL"] = "asa-corpus@localhost",
        ["GIT_AUTHOR_DATE"] = "2026-01-01T00:00:00Z",
        ["GIT_COMMITTER_NAME"] = "asa-corpus",
        ["GIT_COMMITTER_EMAIL"] = "asa-corpus@localhost",
        ["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
    };

    /// <summary>
    /// Makes <paramref name="destination"/> the case's repository: whatever was there is deleted, then <c>buggy/</c>
    /// is copied in and committed.
    /// </summary>
    public static async Task CreateAsync(CorpusCase corpusCase, string destination, CancellationToken cancellationToken)
    {
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }
        Directory.CreateDirectory(destination);
        CorpusFiles.CopyTree(corpusCase.BuggyDirectory, destination);
        await CommitAllAsync(destination, $"{corpusCase.Name}: the buggy program and its tests", cancellationToken);
    }

    /// <summary>Makes the files in <paramref name="directory"/> a new git repository with one commit on <c>main</c>.</summary>
    public static async Task CommitAllAsync(string directory, string message, CancellationToken cancellationToken)
    {
        await GitAsync(directory, cancellationToken, "init", "--quiet", $"--initial-branch={Branch}");
        await GitAsync(directory, cancellationToken, "add", "--all");
        await GitAsync(directory, cancellationToken, "commit", "--quiet", "--no-verify", "--message", message);
    }

    /// <summary>Runs git in <paramref name="directory"/> with the corpus's fixed author, dates and no user configuration.</summary>
    public static Task GitAsync(string directory, CancellationToken cancellationToken, params string[] arguments) =>
        GitCommand.RunAsync(directory, DeterministicCommit, cancellationToken, arguments);
}
