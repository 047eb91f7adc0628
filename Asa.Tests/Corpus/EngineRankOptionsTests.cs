using Asa.Benchmarks;
using Asa.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

public sealed class EngineRankOptionsTests
{
    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root));

    [Fact]
    public void TheSearchOrderIsStudiedOnTheTuningHalfOnlyEvenWhenAnEvaluationCaseIsNamed()
    {
        var named = EngineRankOptions.Parse(["--cases", "py-luhn-card-check,py-clamp-bounds"]);
        var everything = EngineRankOptions.Parse([]);

        Assert.Equal(["py-clamp-bounds"], Cases.Where(named.Selects).Select(c => c.Name));
        Assert.All(Cases.Where(everything.Selects), c => Assert.Equal(CorpusCase.TuningSet, c.Set));
        Assert.Equal(Cases.Count(c => c.Set == CorpusCase.TuningSet), Cases.Count(everything.Selects));
    }

    [Fact]
    public void TheCorpusBenchmarkRunsOneHalfWhenAskedAndNamesAnUnknownHalf()
    {
        var evaluation = CorpusOptions.Parse(["--set", "evaluation"]);

        Assert.All(Cases.Where(evaluation.Selects), c => Assert.Equal(CorpusCase.EvaluationSet, c.Set));
        Assert.Contains(Cases, evaluation.Selects);
        var refused = Assert.Throws<ArgumentException>(() => CorpusOptions.Parse(["--set", "held-out"]));
        Assert.Contains("--set must be one of", refused.Message);
        Assert.Contains("'held-out'", refused.Message);
    }
}
