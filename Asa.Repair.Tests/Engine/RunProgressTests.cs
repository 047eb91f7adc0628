using Asa.Repair.Engine;
using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Engine;

/// <summary>When a candidate's run of the failing tests counts as closer than the unchanged program's (what the queue learns and the best partial keeps).</summary>
public sealed class RunProgressTests
{
    private static readonly TestSuiteRun Reference = Run(1, ("t::test_a", TestOutcome.Failed), ("t::test_b", TestOutcome.Failed), ("t::test_c", TestOutcome.Passed));

    [Fact]
    public void ATestThatFailedAndNowPassesIsCloser()
    {
        var run = Run(1, ("t::test_a", TestOutcome.Passed), ("t::test_b", TestOutcome.Failed), ("t::test_c", TestOutcome.Passed));

        Assert.True(SearchState.IsCloser(Reference, run));
    }

    [Fact]
    public void AFileThatNoLongerLoadsIsOneFailureForTwoButNotCloser()
    {
        var run = Run(1, ("t", TestOutcome.Failed));

        Assert.False(SearchState.IsCloser(Reference, run));
    }

    [Fact]
    public void ARunThatSucceedsWithoutRunningTheFailingTestsIsNotCloser()
    {
        var run = Run(0, ("t::test_c", TestOutcome.Passed));

        Assert.False(SearchState.IsCloser(Reference, run));
    }

    [Fact]
    public void WithoutReportsFewerCountedFailuresAreCloser()
    {
        var reference = new TestSuiteRun(new CommandRun(1, [], TimeSpan.FromSeconds(1), "FAILED a\nFAILED b\n2 failed, 1 passed in 0.1s"), null);
        var fewer = new TestSuiteRun(new CommandRun(1, [], TimeSpan.FromSeconds(1), "FAILED a\n1 failed, 2 passed in 0.1s"), null);
        var same = new TestSuiteRun(new CommandRun(1, [], TimeSpan.FromSeconds(1), "FAILED a\nFAILED c\n2 failed, 1 passed in 0.1s"), null);

        Assert.True(SearchState.IsCloser(reference, fewer));
        Assert.False(SearchState.IsCloser(reference, same));
    }

    [Fact]
    public void ARunThatEndsWhereTheReferenceHungIsCloser()
    {
        var hung = new TestSuiteRun(new CommandRun(137, [RunLimit.Time], TimeSpan.FromSeconds(10), ""), null);

        Assert.True(SearchState.IsCloser(hung, Run(1, ("t::test_a", TestOutcome.Failed))));
        Assert.False(SearchState.IsCloser(hung, hung));
    }

    private static TestSuiteRun Run(int exitCode, params (string Id, TestOutcome Outcome)[] tests) =>
        new(new CommandRun(exitCode, [], TimeSpan.FromSeconds(1), ""),
            new TestReport("junit", tests.ToDictionary(t => t.Id, t => new TestResult(t.Outcome, "", null), StringComparer.Ordinal)));
}
