using Asa.Repair.Engine;
using Asa.Repair.Fixers;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Fixers;

public sealed class EngineFixerTests
{
    private static EngineFixer Engine(int maxCandidates = 1000, int plausibleCandidates = 3, int suspiciousLines = 40) =>
        new(new CandidateSearch(new SuspiciousLineRanker(new FaultLocalizer()),
            new EngineOptions { MaxCandidates = maxCandidates, PlausibleCandidates = plausibleCandidates, SuspiciousLines = suspiciousLines }));

    [Fact]
    public async Task TheEngineFixesTheCodeUnderTestAndProvesItInACleanFork()
    {
        using var scenario = new AddBugScenario();

        var fix = await Engine().FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None);

        Assert.Equal("def add(a, b):\n    return a + b\n", scenario.Runner.Files(fix.WorkspaceId)["calc.py"][..32]);
        Assert.Equal(AddBugScenario.Tests, scenario.Runner.Files(fix.WorkspaceId)["tests/test_calc.py"]);
        Assert.Equal(["calc.py"], fix.Candidate.Changed.Keys);
        Assert.Equal(scenario.Progress.Search!.Run, fix.Attempts);
        Assert.Equal("fixed", scenario.Progress.Search.Stopped);
        Assert.Equal([RepairStep.ValidatingSecurity, RepairStep.ApplyingFix, RepairStep.TestingAfterFix], scenario.Progress.Steps);
        var final = Assert.Single(scenario.Progress.Runs);
        Assert.Equal((RunPhase.AfterFix, 0), (final.Phase, final.Run.ExitCode));
    }

    [Fact]
    public async Task AfterTheFirstEditThatPassesTheSearchCollectsAlternativesAndTheRationaleSaysWhyTheWinnerWasKept()
    {
        // Tests too weak to tell 'a + b' from 'b - a' on their inputs: both pass, and the smaller edit is kept.
        using var scenario = new AddBugScenario(source => source.Contains("return a + b", StringComparison.Ordinal) || source.Contains("return b - a", StringComparison.Ordinal));

        var fix = await Engine(plausibleCandidates: 3).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None);

        Assert.Equal(2, scenario.Progress.Search!.Passed);
        Assert.Equal("def add(a, b):\n    return a + b\n", scenario.Runner.Files(fix.WorkspaceId)["calc.py"][..32]);
        Assert.Contains("2 edits passed the tests; this one was kept over", fix.Candidate.Fix.Rationale);
        Assert.Contains("it changes 2 tokens against 1", fix.Candidate.Fix.Rationale);
    }

    [Fact]
    public async Task WhenEveryEditOfTheMostSuspiciousLinesFailsTheSearchWidensToLessSuspiciousLines()
    {
        // The fault is in a helper the failure does not name, so its line ranks below the one line the search starts with.
        const string calc = "def add(a, b):\n    return a - offset()\n\n\ndef double(x):\n    return x * 2\n\n\ndef offset():\n    return 1\n";
        using var scenario = new AddBugScenario(source => source.Contains("def offset():\n    return 0\n", StringComparison.Ordinal), calc: calc);

        var fix = await Engine(plausibleCandidates: 1, suspiciousLines: 1).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None);

        Assert.Contains("    return 0\n", scenario.Runner.Files(fix.WorkspaceId)["calc.py"]);
        Assert.Contains(scenario.Progress.Lines, l => l.Message.StartsWith("Every edit of the most suspicious lines ran and none is a fix: the search goes on to the", StringComparison.Ordinal));
        Assert.True(scenario.Progress.Search!.SuspiciousLines.Count > 1);
    }

    [Fact]
    public async Task TheSearchTriesTheEditAtTheLineTheFailurePointsToAmongItsFirstCandidates()
    {
        using var scenario = new AddBugScenario();

        await Engine(plausibleCandidates: 1).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None);

        Assert.InRange(scenario.Progress.Search!.Run, 1, 10);
    }

    [Fact]
    public async Task EveryCandidateIsOneSmallEditOrAPairOfEarlierOnesTriedInAForkAndUndoneBeforeTheNext()
    {
        var driver = new WarmDriverEmulator();
        using var scenario = new AddBugScenario(addWorks: _ => false, warmDriver: driver);

        await Assert.ThrowsAsync<RepairFailedException>(() => Engine(maxCandidates: 25).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None));

        var candidates = driver.Tried.Select(content => ChangedLines(AddBugScenario.Calc, content)).ToList();
        Assert.Equal(scenario.Progress.Search!.Run, candidates.Count);
        var singles = candidates.Where(lines => lines.Count == 1).Select(lines => lines[0]).ToList();
        Assert.NotEmpty(singles);
        // A pair of edits at two lines comes after each of its edits was tried alone.
        Assert.All(candidates.Select((lines, order) => (lines, order)).Where(c => c.lines.Count != 1), pair =>
        {
            Assert.Equal(2, pair.lines.Count);
            Assert.All(pair.lines, line => Assert.Contains(line, candidates.Take(pair.order).Where(c => c.Count == 1).Select(c => c[0])));
        });
        // The warm driver writes and undoes each candidate in the sandbox; the only direct writes of calc.py put it back.
        Assert.All(scenario.Runner.Writes.Where(w => w.Path == "calc.py"), undo => Assert.Equal(AddBugScenario.Calc, undo.Content));
        Assert.DoesNotContain(scenario.Runner.Writes, w => w.Path.StartsWith("tests/", StringComparison.Ordinal));
        Assert.Equal([scenario.Workspace], scenario.Runner.Live);
    }

    [Fact]
    public async Task ASearchWithNoPassingCandidateEndsWithItsAccountAndChangesNothing()
    {
        using var scenario = new AddBugScenario(addWorks: _ => false);

        var failed = await Assert.ThrowsAsync<RepairFailedException>(
            () => Engine(maxCandidates: 5).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None));

        Assert.StartsWith("The embedded engine found no fix:", failed.Message);
        Assert.False(failed.Rejected);
        Assert.Equal("candidate limit", scenario.Progress.Search!.Stopped);
        Assert.Equal(5, scenario.Progress.Search.Run);
        Assert.Equal(AddBugScenario.Calc, scenario.Runner.Files(scenario.Workspace)["calc.py"]);
        Assert.Empty(scenario.Progress.Steps);
    }

    [Fact]
    public async Task ACandidateItsParserRejectsIsNeverRunAndCountsAsNotParsed()
    {
        using var scenario = new AddBugScenario(addWorks: _ => false, parses: (_, text) => !text.Contains("a + b", StringComparison.Ordinal));

        await Assert.ThrowsAsync<RepairFailedException>(() => Engine(maxCandidates: 1000).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None));

        Assert.Contains(scenario.Parser.Checked, c => c.Kind == "candidate" && c.Text.Contains("a + b", StringComparison.Ordinal));
        Assert.DoesNotContain(scenario.Runner.Writes, w => w.Path == "calc.py" && w.Content.Contains("a + b", StringComparison.Ordinal));
        Assert.Equal(scenario.Progress.Search!.Run, scenario.Progress.Search.Compiled);
        Assert.DoesNotContain(scenario.Progress.Lines, l => l.Warning);
    }

    [Fact]
    public async Task AFileItsParserRejectsUnchangedIsLeftToTheTestsWithOneWarning()
    {
        using var scenario = new AddBugScenario(parses: (_, _) => false);

        var fix = await Engine().FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None);

        Assert.Equal(["calc.py"], fix.Candidate.Changed.Keys);
        var search = scenario.Progress.Search!;
        Assert.Equal(0, search.Compiled);
        Assert.True(search.Run > 0);
        var warning = Assert.Single(scenario.Progress.Lines, l => l.Warning);
        Assert.Contains("calc.py does not parse unchanged", warning.Message);
        Assert.Contains(scenario.Progress.Lines, l => l.Message.Contains($"{search.Run} of them without a syntax check", StringComparison.Ordinal));
    }

    private static List<string> ChangedLines(string before, string after)
    {
        var old = before.Split('\n');
        var changed = after.Split('\n');
        return old.Length != changed.Length ? ["(lines added or removed)"] : [.. changed.Where((line, i) => line != old[i])];
    }
}
