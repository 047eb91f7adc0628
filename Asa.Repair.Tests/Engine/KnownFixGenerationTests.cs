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
    /// <summary>One-edit tuning cases whose fix no operator makes yet, each with why: kept in sight, not hidden.</summary>
    private static readonly Dictionary<string, string> BeyondTheOperators = new(StringComparer.Ordinal)
    {
        ["java-hotel-stay"] = "a call chain replaced by another library API with a cast (Period's day field to ChronoUnit.DAYS.between)",
        ["java-sheet-ranges"] = "a library call inserted into a chain (StringBuilder's reverse before toString) that the file never calls",
        ["java-warehouse-picklist"] = "Map.put replaced by Map.merge with a method reference as a third argument, a library rewrite",
    };

    public static TheoryData<string> FixableCases()
    {
        var data = new TheoryData<string>();
        foreach (var corpusCase in CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root))
                     .Where(c => c.EngineFixable && c.Set == CorpusCase.TuningSet && !BeyondTheOperators.ContainsKey(c.Name)))
        {
            data.Add(corpusCase.Name);
        }
        return data;
    }

    public static TheoryData<string> CasesBeyondTheOperators() => [.. BeyondTheOperators.Keys];

    [Theory]
    [MemberData(nameof(FixableCases))]
    public void TheKnownFixIsAmongTheCandidates(string name)
    {
        var (known, path, buggy) = KnownFix(name);

        Assert.True(known is not null, $"{name}: none of the candidates for {path} is the known fix.");
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

    /// <summary>When an operator starts making one of these fixes, the case belongs with the others again.</summary>
    [Theory]
    [MemberData(nameof(CasesBeyondTheOperators))]
    public void ACaseListedBeyondTheOperatorsIsStillBeyondThem(string name)
    {
        var (known, path, _) = KnownFix(name);

        Assert.True(known is null, $"{name}: the operators now make the known fix of {path}; take it off the list ({BeyondTheOperators[name]}).");
    }

    /// <summary>The candidate whose file is the case's fixed file, if the operators at every line of that file make it.</summary>
    private static (CandidateEdit? Known, string Path, string Buggy) KnownFix(string name)
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
        return (candidates.FirstOrDefault(c => c.Changed == expected), path, buggy);
    }
}
