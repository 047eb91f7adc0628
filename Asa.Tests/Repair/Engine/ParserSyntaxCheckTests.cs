using System.Text.RegularExpressions;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Tests.Fakes;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Repair.Engine;

/// <summary>
/// Python's and Java's own parsers, run by the engine's checkers (<see cref="SyntaxCheckers"/>) as real processes, on
/// realistic library code: every file parses unchanged, a harmless edit parses, and an edit that breaks a file is
/// rejected with the parser's message.
/// </summary>
public sealed partial class ParserSyntaxCheckTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Repair", "Engine", "SyntaxSamples");
    private readonly LocalCandidateRunner runner = new();

    public static TheoryData<string> PythonFiles => [.. SampleNames("*.py")];

    public static TheoryData<string> JavaFiles => [.. SampleNames("*.java")];

    [Fact]
    public async Task EveryRealisticFileParsesUnchangedByItsOwnLanguagesParser()
    {
        foreach (var (language, pattern) in new[] { (Asa.Repair.Indexing.SourceLanguage.Python, "*.py"), (Asa.Repair.Indexing.SourceLanguage.Java, "*.java") })
        {
            var files = SampleNames(pattern).ToList();
            Assert.True(files.Count >= 3, $"Too few {language} samples in {Samples}.");
            var candidates = files.Select(name => Edit(name, Read(name), Read(name))).ToList();

            var result = await RunCheckerAsync(language, candidates);

            Assert.Equal(files.Count, result.Files.Count);
            Assert.All(result.Files, file => Assert.True(file.Value.Verdict == SyntaxVerdict.Parses, $"{files[file.Key]}: {file.Value.Message}"));
        }
    }

    [Theory]
    [MemberData(nameof(PythonFiles))]
    public async Task APythonFileParsesWithAHarmlessEditAndNotWithAnEditThatBreaksIt(string name)
    {
        var original = Read(name);
        var returnLine = FirstMatch(FunctionReturnRegex(), original);
        CandidateEdit[] candidates =
        [
            Edit(name, original, original.Insert(returnLine.Index, "    assert True, \"checked (not [balanced\"\n")),
            Edit(name, original, RemoveLast(original, FirstMatch(ReturnCallRegex(), original), ')')),
            Edit(name, original, original.Insert(returnLine.Index, " ")),
            Edit(name, original, original.Remove(returnLine.Index, 1)),
            Edit(name, original, original.Insert(returnLine.Index, "    label = \"never closed\n")),
        ];

        var verdicts = await CheckAllAsync(candidates);

        Assert.Equal([SyntaxVerdict.Parses, SyntaxVerdict.Fails, SyntaxVerdict.Fails, SyntaxVerdict.Fails, SyntaxVerdict.Fails], verdicts.Verdicts);
        Assert.Empty(verdicts.Warnings);
        var parsed = await RunCheckerAsync(Asa.Repair.Indexing.SourceLanguage.Python, candidates);
        Assert.Equal(SyntaxVerdict.Parses, parsed.Candidates[0].Verdict);
        Assert.All(parsed.Candidates.Skip(1), c => Assert.Equal(SyntaxVerdict.Fails, c.Value.Verdict));
        Assert.All(parsed.Candidates.Skip(1), c => Assert.Matches("^line [0-9]+: ", c.Value.Message));
    }

    [Theory]
    [MemberData(nameof(JavaFiles))]
    public async Task AJavaFileParsesWithAHarmlessEditAndNotWithAnEditThatBreaksIt(string name)
    {
        var original = Read(name);
        var returnLine = FirstMatch(MethodReturnRegex(), original);
        var returnCall = FirstMatch(ReturnCallStatementRegex(), original);
        CandidateEdit[] candidates =
        [
            Edit(name, original, original.Insert(returnLine.Index, "        assert true : \"checked (not [balanced\";\n")),
            Edit(name, original, RemoveLast(original, returnCall, ')')),
            Edit(name, original, RemoveLast(original, returnCall, ';')),
            Edit(name, original, original.Insert(returnLine.Index, "        String label = \"never closed;\n")),
        ];

        var verdicts = await CheckAllAsync(candidates);

        Assert.Equal([SyntaxVerdict.Parses, SyntaxVerdict.Fails, SyntaxVerdict.Fails, SyntaxVerdict.Fails], verdicts.Verdicts);
        Assert.Empty(verdicts.Warnings);
        var parsed = await RunCheckerAsync(Asa.Repair.Indexing.SourceLanguage.Java, candidates);
        Assert.Equal(SyntaxVerdict.Parses, parsed.Candidates[0].Verdict);
        Assert.All(parsed.Candidates.Skip(1), c => Assert.Equal(SyntaxVerdict.Fails, c.Value.Verdict));
        Assert.All(parsed.Candidates.Skip(1), c => Assert.Matches("^line [0-9]+: ", c.Value.Message));
    }

    [Fact]
    public async Task AFileTheParserRejectsUnchangedKeepsItsCandidatesAndIsNamedInAWarning()
    {
        // Python 3.12's type statement: the sandbox's Python 3.11 cannot read the file as it is.
        var original = "type Prices = list[float]\n\n\ndef total(prices: Prices) -> float:\n    return sum(prices)\n";
        var broken = Edit("prices.py", original, original.Replace("    return sum(prices)", "    return sum(prices) +"));

        var verdicts = await CheckAllAsync([broken]);

        Assert.Equal([SyntaxVerdict.Unchecked], verdicts.Verdicts);
        var warning = Assert.Single(verdicts.Warnings);
        Assert.Contains("prices.py does not parse unchanged", warning);
        Assert.Contains("line 1: invalid syntax", warning);
    }

    public void Dispose() => runner.Dispose();

    private async Task<(List<SyntaxVerdict> Verdicts, List<string> Warnings)> CheckAllAsync(IReadOnlyList<CandidateEdit> candidates)
    {
        var progress = new RecordingProgress();
        var queue = new SearchQueue(candidates);
        var check = new CandidateSyntaxCheck(new CSharpProjectCompiler(Samples), runner, progress, queue.Upcoming);
        var fork = runner.Create(new Dictionary<string, string>());
        var verdicts = new List<SyntaxVerdict>();
        while (queue.Next() is { } candidate)
        {
            verdicts.Add(await check.CheckAsync(candidate, fork, CancellationToken.None).WaitAsync(TestTimeouts.Command));
        }
        Assert.False(Directory.Exists(Path.Combine(runner.PathOf(fork), SyntaxCheckers.Directory)), "The checker left its files in the fork.");
        return (verdicts, [.. progress.Lines.Where(l => l.Warning).Select(l => l.Message)]);
    }

    /// <summary>The checker run once on all the candidates, without the token filter in front of it.</summary>
    private async Task<SyntaxBatchResult> RunCheckerAsync(Asa.Repair.Indexing.SourceLanguage language, IReadOnlyList<CandidateEdit> candidates)
    {
        var fork = runner.Create(SyntaxCheckers.Files);
        await runner.WriteFilesAsync(fork, new Dictionary<string, string> { [SyntaxCheckers.BatchFile] = SyntaxBatch.Write(candidates) }, null, CancellationToken.None);
        var run = await runner.RunAsync(fork, SyntaxCheckers.Command(language), TestTimeouts.Command, 256 * 1024, CancellationToken.None);
        return SyntaxBatch.Read(run.OutputTail) ?? throw new InvalidOperationException($"The {language} checker {run.Describe()}: {run.OutputTail}");
    }

    private static IEnumerable<string> SampleNames(string pattern) =>
        Directory.EnumerateFiles(Samples, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static string Read(string name) => File.ReadAllText(Path.Combine(Samples, name));

    private static CandidateEdit Edit(string path, string original, string changed) => new(path, 1, "test", "an edit", original, changed, 1, 1);

    private static Match FirstMatch(Regex regex, string text)
    {
        var match = regex.Match(text);
        Assert.True(match.Success, $"No line matches {regex}.");
        return match;
    }

    private static string RemoveLast(string text, Match line, char character) =>
        text.Remove(line.Index + line.Value.LastIndexOf(character), 1);

    [GeneratedRegex(@"^    return ", RegexOptions.Multiline)]
    private static partial Regex FunctionReturnRegex();

    [GeneratedRegex(@"^\s+return .*\)$", RegexOptions.Multiline)]
    private static partial Regex ReturnCallRegex();

    [GeneratedRegex(@"^        return ", RegexOptions.Multiline)]
    private static partial Regex MethodReturnRegex();

    [GeneratedRegex(@"^\s+return .*\);$", RegexOptions.Multiline)]
    private static partial Regex ReturnCallStatementRegex();
}
