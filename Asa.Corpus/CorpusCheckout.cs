namespace Asa.Corpus;

/// <summary>
/// A case's files laid out in a fresh temp directory: <c>buggy/</c> as a one-commit git repository, or
/// <c>buggy/</c> with <c>fixed/</c> and/or <c>heldback/</c> copied over it. Removed on dispose.
/// </summary>
public sealed class CorpusCheckout : IDisposable
{
    public const string Branch = CorpusRepository.Branch;

    private CorpusCheckout(string path) => Path = path;

    public string Path { get; }

    /// <summary><c>buggy/</c> as a git repository with one commit on <c>main</c>, as a user would submit it.</summary>
    public static async Task<CorpusCheckout> RepositoryAsync(CorpusCase corpusCase, CancellationToken cancellationToken)
    {
        var checkout = new CorpusCheckout(NewTempDirectory(corpusCase));
        try
        {
            await CorpusRepository.CreateAsync(corpusCase, checkout.Path, cancellationToken);
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
        var checkout = new CorpusCheckout(NewTempDirectory(corpusCase));
        try
        {
            CorpusFiles.CopyTree(corpusCase.BuggyDirectory, checkout.Path);
            if (overlay.HasFlag(CorpusOverlay.Fixed))
            {
                CorpusFiles.CopyTree(corpusCase.FixedDirectory, checkout.Path);
            }
            if (overlay.HasFlag(CorpusOverlay.HeldBack))
            {
                CorpusFiles.CopyTree(corpusCase.HeldBackDirectory, checkout.Path);
            }
            return checkout;
        }
        catch
        {
            checkout.Dispose();
            throw;
        }
    }

    public Task GitAsync(CancellationToken cancellationToken, params string[] arguments) =>
        CorpusRepository.GitAsync(Path, cancellationToken, arguments);

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

    private static string NewTempDirectory(CorpusCase corpusCase) =>
        Directory.CreateTempSubdirectory($"asa-corpus-{corpusCase.Name}-").FullName;
}
