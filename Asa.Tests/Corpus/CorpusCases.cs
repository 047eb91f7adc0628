using Asa.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>
/// The repository's own corpus, loaded once, as theory rows of case names; <c>ASA_CORPUS_DIR</c> names another corpus
/// folder, so an author can check new cases in a scratch folder before adding them.
/// </summary>
public static class CorpusCases
{
    public const string DirectoryVariable = "ASA_CORPUS_DIR";

    private static readonly Lazy<IReadOnlyList<CorpusCase>> All = new(() => CorpusCatalog.Load(
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory
            ? directory
            : Path.Combine(SolutionPaths.Root, CorpusCatalog.FolderName)));

    public static TheoryData<string> Names => new(All.Value.Select(corpusCase => corpusCase.Name));

    public static CorpusCase Named(string name) => All.Value.Single(corpusCase => corpusCase.Name == name);
}
