using Asa.Repair.Engine;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Engine;

public sealed class ReusableBaselineTests
{
    [Fact]
    public async Task TheRunBeforeTheFixIsTheSearchsReferenceOnlyWhenTheFailingTestsAreTheWholeCommand()
    {
        using var scenario = new AddBugScenario();
        var repair = scenario.Request();
        var whole = Search(repair.WorkspaceId, AddBugScenario.TestCommand);
        var narrowed = Search(repair.WorkspaceId, AddBugScenario.TestCommand + " tests/test_calc.py::test_adds");
        var (reproduction, fork) = await scenario.ReproductionAsync();

        Assert.Same(repair.Baseline, CandidateSearch.ReusableBaseline(repair, whole));
        Assert.Null(CandidateSearch.ReusableBaseline(repair, narrowed));
        Assert.Null(CandidateSearch.ReusableBaseline(scenario.Request(reproduction, fork), whole));
        Assert.Null(CandidateSearch.ReusableBaseline(repair with { Baseline = repair.Baseline with { Run = repair.Baseline.Run with { LimitsHit = [RunLimit.Time] } } }, whole));
    }

    private static SearchRequest Search(string workspace, string failingCommand) =>
        new(workspace, failingCommand, AddBugScenario.TestCommand, "", null, new HashSet<string>(StringComparer.Ordinal));
}
