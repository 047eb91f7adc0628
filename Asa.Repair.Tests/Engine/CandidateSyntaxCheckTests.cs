using Asa.Repair.Engine;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Engine;

public sealed class CandidateSyntaxCheckTests
{
    private const string Totals = "def total(prices):\n    result = 0\n    for price in prices:\n        result += price\n    return result\n";

    [Theory]
    [InlineData("abc", "abc", 3, 3, "")]
    [InlineData("return a - b\n", "return a + b\n", 9, 10, "+")]
    [InlineData("x = 1\n", "y = 2\nx = 1\n", 0, 0, "y = 2\n")]
    [InlineData("x = 1\ny = 2\n", "x = 1\n", 6, 12, "")]
    [InlineData("s = 'a😀b'\n", "s = 'a😁b'\n", 6, 8, "😁")]
    [InlineData("s = 'é'\n", "", 0, 8, "")]
    public void ASpliceIsTheRegionBetweenTheCommonPrefixAndSuffixAndKeepsSurrogatePairsWhole(
        string original, string changed, int start, int end, string replacement)
    {
        var splice = Splice.Between(original, changed);

        Assert.Equal(new Splice(start, end, replacement), splice);
        Assert.Equal(changed, splice.ApplyTo(original));
    }

    [Fact]
    public void ABatchCarriesEachUnchangedFileOnceAndEachCandidateAsTheRegionItChanges()
    {
        var other = "\"\"\"Prices in € and ¥ 🎉.\"\"\"\n" + Totals;
        CandidateEdit[] candidates =
        [
            Edit("shop/totals.py", Totals, Totals.Replace("result = 0", "result = 1")),
            Edit("shop/prices and taxes.py", other, other.Replace("€", "$")),
            Edit("shop/totals.py", Totals, Totals.Replace("    return result\n", "")),
            Edit("shop/prices and taxes.py", other, other.Replace("🎉", "🎊")),
        ];

        var batch = SyntaxBatch.Write(candidates);
        var entries = FakeParserCheck.Decode(batch).ToList();

        Assert.Equal([("file", 0, "shop/totals.py", Totals), ("file", 1, "shop/prices and taxes.py", other)],
            entries.Where(e => e.Kind == "file").Select(e => (e.Kind, e.Id, e.Path, e.Text)));
        Assert.Equal(candidates.Select((c, i) => ("candidate", i, c.Path, c.Changed)),
            entries.Where(e => e.Kind == "candidate").Select(e => (e.Kind, e.Id, e.Path, e.Text)));
        Assert.True(batch.Length < Totals.Length + other.Length + 400, $"The batch is {batch.Length} characters: candidates are sent whole.");
    }

    [Fact]
    public async Task AnUncheckedCandidateIsCheckedWithTheNextOnesOfItsLanguageTheQueueWouldGiveAndEachVerdictIsKept()
    {
        var scenario = new Scenario((_, _) => true);
        var javaFile = "class A { int f() { return 1; } }\n";
        var candidates = Enumerable.Range(1, 100).Select(i => Edit("totals.py", Totals, Totals.Replace("result = 0", $"result = {i}"), 1.0 - i / 1000.0))
            .Append(Edit("A.java", javaFile, javaFile.Replace("1", "2"), 0.9355))
            .ToList();
        var queue = new SearchQueue(candidates);
        var check = scenario.Check(queue);

        var first = await check.CheckAsync(queue.Next()!, scenario.Fork, CancellationToken.None);

        Assert.Equal(SyntaxVerdict.Parses, first);
        Assert.Equal(1, scenario.Parser.Runs);
        var checkedCandidates = scenario.Parser.Checked.Where(c => c.Kind == "candidate").Select(c => c.Text).ToList();
        Assert.Equal(candidates.Where(c => c.Path == "totals.py").Take(CandidateSyntaxCheck.BatchSize).Select(c => c.Changed), checkedCandidates);
        Assert.Single(scenario.Parser.Checked, c => c.Kind == "file");

        for (var i = 1; i < CandidateSyntaxCheck.BatchSize; i++)
        {
            var next = queue.Next()!;
            Assert.Equal(SyntaxVerdict.Parses, await check.CheckAsync(next, scenario.Fork, CancellationToken.None));
            Assert.Equal(SyntaxVerdict.Parses, await check.CheckAsync(next, scenario.Fork, CancellationToken.None));
        }
        Assert.Equal(1, scenario.Parser.Runs);

        // The Java edit came up meanwhile; its verdict needs a run of its own checker.
        await check.CheckAsync(queue.Next()!, scenario.Fork, CancellationToken.None);
        Assert.Equal(2, scenario.Parser.Runs);
        Assert.Contains(scenario.Runner.Commands, c => c.StartsWith("java ", StringComparison.Ordinal));

        await check.CheckAsync(queue.Next()!, scenario.Fork, CancellationToken.None);
        Assert.Equal(3, scenario.Parser.Runs);
        Assert.Equal(100, scenario.Parser.Checked.Count(c => c.Kind == "candidate" && c.Path == "totals.py"));
    }

    [Fact]
    public async Task EachCheckWritesOnlyUnderItsDirectoryAndItsCommandRemovesItAfterwards()
    {
        var scenario = new Scenario((_, _) => true);
        var candidates = Enumerable.Range(1, 3).Select(i => Edit("totals.py", Totals, Totals.Replace("result = 0", $"result = {i}"))).ToList();
        var check = scenario.Check(new SearchQueue([]));

        foreach (var candidate in candidates)
        {
            await check.CheckAsync(candidate, scenario.Fork, CancellationToken.None);
        }

        Assert.Equal(3, scenario.Parser.Runs);
        Assert.Equal(3, scenario.Runner.Writes.Count(w => w.Path == SyntaxCheckers.BatchFile));
        Assert.All(scenario.Runner.Writes, w => Assert.StartsWith(SyntaxCheckers.Directory + "/", w.Path));
        Assert.All(scenario.Runner.Commands, c => Assert.EndsWith($"rm -rf {SyntaxCheckers.Directory}; exit $status", c));
    }

    [Fact]
    public async Task ACandidateThatDoesNotParseIsRejectedWhenItsUnchangedFileParses()
    {
        var scenario = new Scenario((_, text) => !text.Contains("return return", StringComparison.Ordinal));
        var broken = Edit("totals.py", Totals, Totals.Replace("return result", "return return result"));
        var fine = Edit("totals.py", Totals, Totals.Replace("result = 0", "result = 1"));
        var queue = new SearchQueue([broken, fine]);
        var check = scenario.Check(queue);

        Assert.Equal(SyntaxVerdict.Fails, await check.CheckAsync(queue.Next()!, scenario.Fork, CancellationToken.None));
        Assert.Equal(SyntaxVerdict.Parses, await check.CheckAsync(queue.Next()!, scenario.Fork, CancellationToken.None));
        Assert.Equal(1, scenario.Parser.Runs);
        Assert.Empty(scenario.Progress.Lines);
    }

    [Fact]
    public async Task AFileItsParserRejectsUnchangedKeepsItsCandidatesAndIsNamedInOneWarning()
    {
        const string NewSyntax = "type Prices = list[float]\n";
        var scenario = new Scenario((_, text) => !text.Contains("type Prices", StringComparison.Ordinal) && !text.Contains("return return", StringComparison.Ordinal));
        var newer = NewSyntax + Totals;
        var candidates = new List<CandidateEdit>
        {
            Edit("newer.py", newer, newer.Replace("return result", "return return result"), 0.9),
            Edit("totals.py", Totals, Totals.Replace("return result", "return return result"), 0.8),
        };
        candidates.AddRange(Enumerable.Range(1, 70).Select(i => Edit("newer.py", newer, newer.Replace("result = 0", $"result = {i}"), 0.5)));
        var queue = new SearchQueue(candidates);
        var check = scenario.Check(queue);

        var verdicts = new List<SyntaxVerdict>();
        while (queue.Next() is { } candidate)
        {
            verdicts.Add(await check.CheckAsync(candidate, scenario.Fork, CancellationToken.None));
        }

        Assert.Equal(SyntaxVerdict.Unchecked, verdicts[0]);
        Assert.Equal(SyntaxVerdict.Fails, verdicts[1]);
        Assert.All(verdicts.Skip(2), v => Assert.Equal(SyntaxVerdict.Unchecked, v));
        var warning = Assert.Single(scenario.Progress.Lines);
        Assert.True(warning.Warning);
        Assert.Contains("newer.py", warning.Message);
        Assert.Contains("invalid syntax", warning.Message);
        // Once its unchanged file failed, the file's candidates are no longer sent to the parser.
        Assert.Equal(1, scenario.Parser.Runs);
    }

    [Fact]
    public async Task ACheckerThatCannotRunLeavesItsLanguageToTheTestsAndSaysSoOnce()
    {
        var runner = new InMemoryCandidateRunner((_, command) => new CommandRun(127, [], TimeSpan.Zero, "bash: line 1: python3: command not found\n"));
        var progress = new RecordingProgress();
        var fork = runner.Create(new Dictionary<string, string> { ["totals.py"] = Totals });
        var candidates = Enumerable.Range(1, 100).Select(i => Edit("totals.py", Totals, Totals.Replace("result = 0", $"result = {i}"))).ToList();
        var queue = new SearchQueue(candidates);
        var check = new CandidateSyntaxCheck(new CSharpProjectCompiler(Path.GetTempPath()), runner, progress, queue.Upcoming);

        var verdicts = new List<SyntaxVerdict>();
        while (queue.Next() is { } candidate)
        {
            verdicts.Add(await check.CheckAsync(candidate, fork, CancellationToken.None));
        }

        Assert.All(verdicts, v => Assert.Equal(SyntaxVerdict.Unchecked, v));
        Assert.Single(runner.Commands);
        var warning = Assert.Single(progress.Lines);
        Assert.True(warning.Warning);
        Assert.Contains("python3: command not found", warning.Message);
    }

    [Fact]
    public async Task TheTokenCheckRejectsWithoutAParserRunOnlyWhereTheUnchangedFilePassesIt()
    {
        var scenario = new Scenario((_, _) => true);
        const string Unbalanced = "values = (1,\n";
        var check = scenario.Check(new SearchQueue([]));

        var tokensReject = await check.CheckAsync(Edit("totals.py", Totals, Totals.Replace("return result", "return (result")), scenario.Fork, CancellationToken.None);
        Assert.Equal(SyntaxVerdict.Fails, tokensReject);
        Assert.Equal(0, scenario.Parser.Runs);

        var parserDecides = await check.CheckAsync(Edit("odd.py", Unbalanced, Unbalanced.Replace("1", "2")), scenario.Fork, CancellationToken.None);
        Assert.Equal(SyntaxVerdict.Parses, parserDecides);
        Assert.Equal(1, scenario.Parser.Runs);
    }

    [Fact]
    public async Task ForksAskingForVerdictsOfOneBatchAtOnceShareItsRun()
    {
        var release = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        var parser = new FakeParserCheck((_, _) => true);
        var runner = new InMemoryCandidateRunner((files, command) =>
        {
            entered.TrySetResult();
            release.Task.Wait(TimeSpan.FromSeconds(10));
            return parser.Answer(files);
        });
        var forks = Enumerable.Range(0, 4).Select(_ => runner.Create(new Dictionary<string, string>())).ToList();
        var candidates = Enumerable.Range(1, 10).Select(i => Edit("totals.py", Totals, Totals.Replace("result = 0", $"result = {i}"))).ToList();
        var queue = new SearchQueue(candidates);
        var check = new CandidateSyntaxCheck(new CSharpProjectCompiler(Path.GetTempPath()), runner, new RecordingProgress(), queue.Upcoming);

        // The first fork's batch is made from the queue's upcoming candidates; the other forks take theirs from the queue
        // while that batch's run is held, as forks asking at once do, so the candidates they ask about are in it.
        var first = Task.Run(() => check.CheckAsync(queue.Next()!, forks[0], CancellationToken.None));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var others = forks.Skip(1).Select(fork => Task.Run(() => check.CheckAsync(queue.Next()!, fork, CancellationToken.None))).ToList();
        release.SetResult();
        var verdicts = await Task.WhenAll([first, .. others]).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(verdicts, v => Assert.Equal(SyntaxVerdict.Parses, v));
        Assert.Equal(1, parser.Runs);
    }

    private static CandidateEdit Edit(string path, string original, string changed, double priority = 1) =>
        new(path, 1, "test", "an edit", original, changed, 1, priority);

    /// <summary>An in-memory sandbox whose only command is the checker, answered by a fake parser.</summary>
    private sealed class Scenario
    {
        public Scenario(Func<string, string, bool> parses)
        {
            Parser = new FakeParserCheck(parses);
            Runner = new InMemoryCandidateRunner((files, command) => FakeParserCheck.IsCheck(command)
                ? Parser.Answer(files)
                : throw new InvalidOperationException($"The syntax check ran something else: {command}"));
            Fork = Runner.Create(new Dictionary<string, string>());
        }

        public FakeParserCheck Parser { get; }

        public InMemoryCandidateRunner Runner { get; }

        public RecordingProgress Progress { get; } = new();

        public string Fork { get; }

        public CandidateSyntaxCheck Check(SearchQueue queue) =>
            new(new CSharpProjectCompiler(Path.GetTempPath()), Runner, Progress, queue.Upcoming);
    }
}
