using Asa.Repair.Indexing;
using Asa.Corpus;
using Asa.Tests.Infrastructure;
using Asa.Repair.Engine;
using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// For every corpus case its author marked as one small edit away from correct, the operators, run at every line of
/// the file the fix changes, make exactly the known fix (and every candidate of that file still parses or compiles).
/// Only the tuning half: what the operators can make of the evaluation half is measured by the corpus benchmark, never
/// studied case by case (corpus/README.md).
/// </summary>
public sealed class KnownFixGenerationTests
{
    public static TheoryData<string> FixableCases()
    {
        var data = new TheoryData<string>();
        foreach (var corpusCase in CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root)).Where(c => c.EngineFixable && c.Set == CorpusCase.TuningSet))
        {
            data.Add(corpusCase.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FixableCases))]
    public void TheKnownFixIsAmongTheCandidates(string name)
    {
        var corpusCase = CorpusCatalog.LoadCase(Path.Combine(CorpusCatalog.Locate(SolutionPaths.Root), name));
        var buggy = corpusCase.BuggyDirectory;
        var fixedRoot = corpusCase.FixedDirectory;
        var changedFile = Directory.EnumerateFiles(fixedRoot, "*", SearchOption.AllDirectories).Single();
        var path = Path.GetRelativePath(fixedRoot, changedFile).Replace('\\', '/');
        var expected = File.ReadAllText(changedFile);
        var checkout = CheckoutSnapshot.Load(buggy, CancellationToken.None);
        var lineCount = File.ReadAllLines(Path.Combine(buggy, path)).Length;
        var everyLine = Enumerable.Range(1, lineCount).Select(line => new SuspiciousLine(path, line, 1, [])).ToList();

        var candidates = MutationGenerator.Generate(checkout, everyLine, limit: 100_000);

        var known = candidates.FirstOrDefault(c => c.Changed == expected);
        Assert.True(known is not null, $"{name}: none of {candidates.Count} candidates for {path} is the known fix.");
        var language = Languages.Editable(path)!.Value;
        if (language == SourceLanguage.CSharp)
        {
            Assert.True(new CSharpProjectCompiler(buggy).Compiles(path, known.Changed), $"{name}: the known fix does not compile with Roslyn.");
        }
        else
        {
            Assert.True(SyntaxCheck.IsValid(language, known.Changed, CodeTokenizer.Tokenize(language, known.Changed)), $"{name}: the known fix fails the syntax check.");
        }
    }
}
