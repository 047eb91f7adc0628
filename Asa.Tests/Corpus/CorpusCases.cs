using Asa.Benchmarks.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>The repository's own corpus, loaded once, as theory rows of case names.</summary>
public static class CorpusCases
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> All =
        new(() => CorpusCatalog.Load(Path.Combine(SolutionPaths.Root, CorpusCatalog.FolderName)));

    public static TheoryData<string> Names => new(All.Value.Select(corpusCase => corpusCase.Name));

    public static CorpusCase Named(string name) => All.Value.Single(corpusCase => corpusCase.Name == name);
}
