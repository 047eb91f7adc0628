using Asa.Corpus;
using Asa.Repair.Engine;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>
/// The rules that refuse an edit as no fix (<see cref="BehaviourLoss.MakesNoFix"/>) read against the fixes people wrote:
/// a rule that would refuse a known fix of the tuning half is too broad. The evaluation half is left out, as it is of
/// everything the engine is tuned on.
/// </summary>
public sealed class KnownFixLossTests
{
    [Fact]
    public void NoKnownFixOfTheTuningHalfIsJudgedNoFix()
    {
        var tuning = CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root)).Where(c => c.Set == CorpusCase.TuningSet).ToList();

        var refused = (
            from corpusCase in tuning
            from fixedFile in CorpusFiles.RelativeFiles(corpusCase.FixedDirectory)
            let path = fixedFile.Replace(Path.DirectorySeparatorChar, '/')
            let buggy = File.ReadAllText(Path.Combine(corpusCase.BuggyDirectory, fixedFile))
            let known = File.ReadAllText(Path.Combine(corpusCase.FixedDirectory, fixedFile))
            let loss = BehaviourLoss.Of(new CandidateEdit(path, 1, "known", "the known fix", buggy, known, 1, 1))
            where BehaviourLoss.MakesNoFix(loss)
            select $"{corpusCase.Name} {path}: {loss}").ToList();

        Assert.True(tuning.Count > 30, "the tuning half is read");
        Assert.Empty(refused);
    }
}
