using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Engine.WarmRuns;

public sealed class WarmOutputTests
{
    private const string Nonce = "0123456789ab";

    private const string JUnitXml = """
        <?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="2"><testcase classname="tests.test_calc" name="test_add" file="tests/test_calc.py"><failure message="assert -1 == 3">assert -1 == 3</failure></testcase><testcase classname="tests.test_calc" name="test_double" file="tests/test_calc.py" /></testsuite></testsuites>
        """;

    [Fact]
    public void EachCandidatesBlockBecomesTheRunAClassicRunWouldHaveGiven()
    {
        var output = $"""
            @@asa-warm-{Nonce} begin 0@@
            F.
            -------- generated xml file: /tmp/asa-warm-{Nonce}/0/asa-test-report/pytest.xml --------
            FAILED tests/test_calc.py::test_add - assert -1 == 3
            1 failed, 1 passed in 0.02s

            @@asa-test-report-begin@@
            @@asa-test-report-file /tmp/asa-warm-{Nonce}/0/asa-test-report/pytest.xml
            {JUnitXml}
            @@asa-test-report-end@@
            @@asa-warm-{Nonce} end 0 1 0 0.125@@

            @@asa-warm-{Nonce} begin 1@@
            (nothing printed before the limit)
            @@asa-test-report-begin@@
            @@asa-test-report-end@@
            @@asa-warm-{Nonce} end 1 137 1 6.500@@
            @@asa-warm-{Nonce} done@@
            """;

        var parsed = WarmOutput.Parse(output, Nonce);

        Assert.True(parsed.Finished);
        Assert.Null(parsed.Error);
        Assert.Equal(2, parsed.Runs.Count);
        var failing = parsed.Runs[0];
        Assert.Equal((1, false, TimeSpan.FromSeconds(0.125)), (failing.Run.ExitCode, failing.Hung, failing.Run.WallTime));
        Assert.Equal("pytest JUnit XML", failing.Report?.Source);
        Assert.Equal(TestOutcome.Failed, failing.Report!.Tests["tests.test_calc::test_add"].Outcome);
        Assert.Equal(TestOutcome.Passed, failing.Report.Tests["tests.test_calc::test_double"].Outcome);
        Assert.DoesNotContain("generated xml file", failing.OutputTail);
        Assert.EndsWith("1 failed, 1 passed in 0.02s", failing.OutputTail);
        var hung = parsed.Runs[1];
        Assert.True(hung.Hung);
        Assert.Equal([RunLimit.Time], hung.Run.LimitsHit);
        Assert.Null(hung.Report);
    }

    [Fact]
    public void AHostThatCompilesEachCandidateReportsTheCompileApartFromTheRun()
    {
        var output = $"""
            @@asa-warm-{Nonce} begin 0@@
            OK (2 tests)
            @@asa-warm-{Nonce} end 0 0 0 0.040 0.310@@

            @@asa-warm-{Nonce} begin 1@@
            (nothing printed before the limit)
            @@asa-warm-{Nonce} end 1 137 1 0.700 0.290@@
            @@asa-warm-{Nonce} done@@
            """;

        var parsed = WarmOutput.Parse(output, Nonce);

        Assert.Equal([TimeSpan.FromSeconds(0.04), TimeSpan.FromSeconds(0.7)], parsed.Runs.Select(r => r.Run.WallTime));
        Assert.Equal([TimeSpan.FromSeconds(0.31), TimeSpan.FromSeconds(0.29)], parsed.CompileTimes);
        Assert.Equal([TimeSpan.Zero], WarmOutput.Parse($"@@asa-warm-{Nonce} begin 0@@\n.\n@@asa-warm-{Nonce} end 0 0 0 0.040@@\n", Nonce).CompileTimes);
    }

    [Fact]
    public void ABatchTheSandboxStoppedKeepsTheRunsBeforeAndIsNotFinished()
    {
        var output = $"""
            @@asa-warm-{Nonce} begin 0@@
            1 failed in 0.01s
            @@asa-test-report-begin@@
            @@asa-test-report-end@@
            @@asa-warm-{Nonce} end 0 1 0 0.100@@

            @@asa-warm-{Nonce} begin 1@@
            partial output of a run the sandbox kille
            """;

        var parsed = WarmOutput.Parse(output, Nonce);

        Assert.False(parsed.Finished);
        Assert.Single(parsed.Runs);
    }

    [Fact]
    public void LinesMarkedForAnotherBatchOrOutOfOrderAreNotResults()
    {
        var output = $"""
            @@asa-warm-ffffffffffff begin 0@@
            a test printing a driver's line
            @@asa-warm-ffffffffffff end 0 0 0 0.001@@
            @@asa-warm-{Nonce} begin 1@@
            out of order
            @@asa-warm-{Nonce} end 1 0 0 0.001@@
            @@asa-warm-{Nonce} done@@
            """;

        Assert.Empty(WarmOutput.Parse(output, Nonce).Runs);
    }

    [Fact]
    public void ADriverThatCouldNotStartSaysWhy()
    {
        var parsed = WarmOutput.Parse($"\n@@asa-warm-{Nonce} error pytest could not be loaded: ModuleNotFoundError('pytest')@@\n", Nonce);

        Assert.Equal("pytest could not be loaded: ModuleNotFoundError('pytest')", parsed.Error);
        Assert.Empty(parsed.Runs);
        Assert.False(parsed.Finished);
    }
}
