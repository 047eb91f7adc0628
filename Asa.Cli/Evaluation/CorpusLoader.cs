using Asa.Cli.Failures;
using Asa.Corpus;
using Asa.Protos.V1;

namespace Asa.Cli.Evaluation;

/// <summary>
/// Turns the bug corpus into an evaluation set: each case's <c>buggy/</c> becomes a git repository under the repositories
/// folder, and the case is registered against it.
/// </summary>
public sealed class CorpusLoader(string corpusDirectory, string repositoriesDirectory)
{
    public const string DefaultCorpusFolder = CorpusCatalog.FolderName;

    public string CorpusDirectory { get; } = corpusDirectory;

    public string RepositoriesDirectory { get; } = repositoriesDirectory;

    /// <summary>
    /// The folder the repositories go to when none is given: <c>$XDG_DATA_HOME/asa/corpus-repos</c>, else
    /// <c>~/.local/share/asa/corpus-repos</c>.
    /// </summary>
    public static string DefaultRepositoriesDirectory(CliHost host) =>
        host.Variable("XDG_DATA_HOME") is { } dataHome ? Path.Combine(dataHome, "asa", "corpus-repos")
        : host.Variable("HOME") is { } home ? Path.Combine(home, ".local", "share", "asa", "corpus-repos")
        : throw new UsageException("Neither XDG_DATA_HOME nor HOME is set; pass --repos-dir.");

    /// <summary>The corpus's cases; a usage error when the folder is missing or a case is malformed.</summary>
    public IReadOnlyList<CorpusCase> ReadCases()
    {
        if (!Directory.Exists(CorpusDirectory))
        {
            throw new UsageException($"The corpus folder '{CorpusDirectory}' does not exist; pass the folder that holds the cases (corpus/ in the ASA repository).");
        }
        try
        {
            var cases = CorpusCatalog.Load(CorpusDirectory);
            return cases.Count > 0 ? cases : throw new UsageException($"The folder '{CorpusDirectory}' holds no corpus case (<case>/{CorpusCatalog.CaseFile}).");
        }
        catch (InvalidDataException exception)
        {
            throw new UsageException($"The corpus in '{CorpusDirectory}' cannot be read: {exception.Message}");
        }
    }

    /// <summary>Makes the case's repository afresh and returns the case to register against it.</summary>
    public async Task<EvaluationCase> PrepareAsync(CorpusCase corpusCase, CancellationToken cancellationToken)
    {
        var repository = Path.Combine(RepositoriesDirectory, corpusCase.Name);
        await CorpusRepository.CreateAsync(corpusCase, repository, cancellationToken);
        try
        {
            return CorpusEvaluationCase.From(corpusCase, repository);
        }
        catch (InvalidDataException exception)
        {
            throw new UsageException($"Corpus case '{corpusCase.Name}': its held-back files are too large to register: {exception.Message}");
        }
    }
}
