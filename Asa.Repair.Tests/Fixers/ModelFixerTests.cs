using Asa.Repair.Engine;
using Asa.Repair.Fixers;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Fixers;

public sealed class ModelFixerTests
{
    private const string WrongFix = """
        RATIONALE: add should multiply.
        CONFIDENCE: 0.4

        calc.py
        <<<<<<< SEARCH
            return a - b
        =======
            return a * b
        >>>>>>> REPLACE
        """;

    private const string RightFix = """
        RATIONALE: add subtracted instead of adding.
        CONFIDENCE: 0.9

        calc.py
        <<<<<<< SEARCH
            return a - b
        =======
            return a + b
        >>>>>>> REPLACE
        """;

    private const string RewrittenFix = """
        RATIONALE: add is the sum of both.
        CONFIDENCE: 0.8

        calc.py
        <<<<<<< SEARCH
            return a - b
        =======
            return sum((a, b))
        >>>>>>> REPLACE
        """;

    private static ModelFixer Model() => new(new FaultLocalizer(), new RepairOptions { FixAttempts = 2 });

    [Fact]
    public async Task AFixThatFailsIsToldToTheNextRoundWhichProposesOneThatPasses()
    {
        using var scenario = new AddBugScenario();
        var (reproduction, workspace) = await scenario.ReproductionAsync();
        var model = new ScriptedModel(WrongFix, RightFix);

        var fix = await Model().FixAsync(scenario.Request(reproduction, workspace), scenario.Ports(model), CancellationToken.None);

        Assert.Equal(2, fix.Candidate.Number);
        Assert.Contains("return a + b", scenario.Runner.Files(fix.WorkspaceId)["calc.py"]);
        Assert.Equal(["code_agent", "guardian", "code_agent", "guardian"], model.Prompts);
        Assert.Equal([RunPhase.ReproductionAfterFix, RunPhase.ReproductionAfterFix, RunPhase.AfterFix], scenario.Progress.Runs.Select(r => r.Phase));
    }

    [Fact]
    public async Task WithoutAPassingFixTheRepairEndsAfterItsRounds()
    {
        using var scenario = new AddBugScenario();
        var (reproduction, workspace) = await scenario.ReproductionAsync();

        var failed = await Assert.ThrowsAsync<RepairFailedException>(
            () => Model().FixAsync(scenario.Request(reproduction, workspace), scenario.Ports(new ScriptedModel(WrongFix)), CancellationToken.None));

        Assert.StartsWith("No candidate fix passed verification in 2 round(s) (2 candidate(s)).", failed.Message);
    }

    [Fact]
    public async Task EngineFirstHandsTheRepairToTheModelWhenTheEngineFindsNothing()
    {
        // Only a rewrite fixes it, an edit of a kind the engine does not make.
        using var scenario = new AddBugScenario(addWorks: source => source.Contains("return sum((a, b))", StringComparison.Ordinal));
        var (reproduction, workspace) = await scenario.ReproductionAsync();
        var engine = new EngineFixer(new CandidateSearch(new SuspiciousLineRanker(new FaultLocalizer()), new EngineOptions { MaxCandidates = 3 }));
        var model = new ScriptedModel(RewrittenFix);

        var fix = await new EngineFirstFixer(engine, Model()).FixAsync(scenario.Request(reproduction, workspace), scenario.Ports(model), CancellationToken.None);

        Assert.Equal(3, scenario.Progress.Search!.Run);
        Assert.Contains("return sum((a, b))", scenario.Runner.Files(fix.WorkspaceId)["calc.py"]);
        Assert.Contains(scenario.Progress.Lines, line => line.Message.EndsWith("The model takes over.", StringComparison.Ordinal));
    }
}
