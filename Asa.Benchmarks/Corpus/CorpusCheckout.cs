namespace Asa.Benchmarks.Corpus;

/// <summary>
/// A case's files laid out in a fresh temp directory: <c>buggy/</c> as a one-commit git repository, or
/// <c>buggy/</c> with <c>fixed/</c> and/or <c>heldback/</c> copied over it. Removed on dispose.
/// </summary>
public sealed class CorpusCheckout : IDisposable
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

    private CorpusCheckout(string path) => Path = path;

    public string Path { get; }

    /// <summary><c>buggy/</c> as a git repository with one commit on <c>main</c>, as a user would submit it.</summary>
    public static async Task<CorpusCheckout> RepositoryAsync(CorpusCase corpusCase, CancellationToken cancellationToken)
    {
        var checkout = LayOut(corpusCase, CorpusOverlay.None);
        try
        {
            await checkout.GitAsync(cancellationToken, "init", "--quiet", $"--initial-branch={Branch}");
            await checkout.GitAsync(cancellationToken, "add", "--all");
            await checkout.GitAsync(cancellationToken, "commit", "--quiet", "--no-verify", "--message", $"{corpusCase.Name}: the buggy program and its tests");
            return checkout;
        }
        catch
        {
            checkout.Dispose();
            throw;
        }
    }

    /// <summary>A copy of <c>buggy/</c> with the chosen overlays copied over it, <c>fixed/</c> first.</summary>
    public static CorpusCheckout LayOut(CorpusCase corpusCase, CorpusOverlay overlay)
    {
        var checkout = new CorpusCheckout(Directory.CreateTempSubdirectory($"asa-corpus-{corpusCase.Name}-").FullName);
        try
        {
            CopyTree(corpusCase.BuggyDirectory, checkout.Path);
            if (overlay.HasFlag(CorpusOverlay.Fixed))
            {
                CopyTree(corpusCase.FixedDirectory, checkout.Path);
            }
            if (overlay.HasFlag(CorpusOverlay.HeldBack))
            {
                CopyTree(corpusCase.HeldBackDirectory, checkout.Path);
            }
            return checkout;
        }
        catch
        {
            checkout.Dispose();
            throw;
        }
    }

    /// <summary>Every file under <paramref name="source"/>, by path relative to it; a git folder and links are left out.</summary>
    public static IEnumerable<string> RelativeFiles(string source) =>
        new DirectoryInfo(source).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(file => System.IO.Path.GetRelativePath(source, file.FullName))
            .Where(relative => !relative.Split(System.IO.Path.DirectorySeparatorChar).Contains(".git"))
            .Order(StringComparer.Ordinal);

    public Task GitAsync(CancellationToken cancellationToken, params string[] arguments) =>
        GitCommand.RunAsync(Path, DeterministicCommit, cancellationToken, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temp directory left behind is harmless; the results matter more than the cleanup.
        }
    }

    private static void CopyTree(string source, string destination)
    {
        foreach (var relative in RelativeFiles(source))
        {
            var target = System.IO.Path.Combine(destination, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(System.IO.Path.Combine(source, relative), target, overwrite: true);
            // File.Copy keeps the source's time; an overlay of the same size would then look unchanged to git and build tools.
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
        }
    }
}
