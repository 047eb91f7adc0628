using Asa.Repair.Candidates;
using Asa.Repair.Edits;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Candidates;

public sealed class CandidateProverTests
{
    [Fact]
    public async Task TheSmallestCandidateThatPassesWinsAndEachRanInItsOwnFork()
    {
        using var scenario = new AddBugScenario();
        var small = Change(1, AddBugScenario.Calc.Replace("a - b", "a + b"));
        var large = Change(2, AddBugScenario.Calc.Replace("a - b", "a + b").Replace("return x * 2", "return x + x"));

        var round = await CandidateProver.ProveAsync(scenario.Request(), scenario.Ports(), [large, small], Shown, CancellationToken.None);

        Assert.Equal(1, round.Winner!.Candidate.Number);
        Assert.Equal(2, scenario.Progress.Runs.Select(r => r.Candidate).Distinct().Count());
        Assert.NotEqual(round.Winner.WorkspaceId, scenario.Workspace);
        Assert.Equal(AddBugScenario.Calc, scenario.Runner.Files(scenario.Workspace)["calc.py"]);
    }

    [Fact]
    public async Task ACandidateThatBreaksATestThatPassedFailsWithTheAccountOfWhy()
    {
        using var scenario = new AddBugScenario();
        var breaking = Change(1, AddBugScenario.Calc.Replace("a - b", "a + b").Replace("x * 2", "x * 3"));

        var round = await CandidateProver.ProveAsync(scenario.Request(), scenario.Ports(), [breaking], Shown, CancellationToken.None);

        Assert.Null(round.Winner);
        Assert.Contains("do not pass with the change", Assert.Single(round.Tested).Failure);
    }

    [Fact]
    public async Task TheGuardianRejectsAChangeToATestBeforeAnythingRuns()
    {
        using var scenario = new AddBugScenario();
        var weakening = new Candidate(1, new ProposedFix("", 0.5, []),
            new Dictionary<string, string?> { ["tests/test_calc.py"] = AddBugScenario.Tests },
            new Dictionary<string, string> { ["tests/test_calc.py"] = AddBugScenario.Tests.Replace("== 3", "== -1") });

        var round = await CandidateProver.ProveAsync(scenario.Request(), scenario.Ports(), [weakening], Shown, CancellationToken.None);

        Assert.Equal("rules", Assert.Single(round.Rejected).Reviewer);
        Assert.Null(round.Winner);
        Assert.Empty(scenario.Runner.Commands);
        Assert.Equal([RepairStep.ValidatingSecurity], scenario.Progress.Steps);
        Assert.Contains(scenario.Progress.Lines, line => line.Warning && line.Message.StartsWith("Candidate 1 rejected by the rules guardian", StringComparison.Ordinal));
    }

    private static readonly IReadOnlySet<string> Shown = new HashSet<string>(["calc.py", "tests/test_calc.py"], StringComparer.Ordinal);

    private static Candidate Change(int number, string calc) => new(number, new ProposedFix("", 0.5, []),
        new Dictionary<string, string?> { ["calc.py"] = AddBugScenario.Calc }, new Dictionary<string, string> { ["calc.py"] = calc });
}
