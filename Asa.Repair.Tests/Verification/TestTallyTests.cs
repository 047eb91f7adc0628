using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Verification;

public sealed class TestTallyTests
{
    [Theory]
    [InlineData("..F\n1 failed, 2 passed, 1 skipped in 0.12s", 3)]
    [InlineData("=== 1 failed, 2 passed, 1 error in 1.20s ===", 4)]
    [InlineData("no tests ran in 0.01s", 0)]
    [InlineData("# tests 5\n# suites 1\n# pass 3\n# fail 1\n# cancelled 0\n# skipped 1\n# todo 0", 4)]
    [InlineData("JUnit version 4.13.2\n..\nTime: 0.01\n\nOK (2 tests)", 2)]
    [InlineData("There was 1 failure:\nFAILURES!!!\nTests run: 3,  Failures: 1", 3)]
    [InlineData("[INFO] Tests run: 7, Failures: 0, Errors: 0, Skipped: 2", 5)]
    [InlineData("Passed!  - Failed:     0, Passed:     5, Skipped:     1, Total:     6, Duration: 1 s", 5)]
    public void ReadsTheExecutedTestsFromEachRunnersSummary(string output, int executed) =>
        Assert.Equal(executed, TestTally.Executed(output));

    [Fact]
    public void AnOutputWithoutAKnownSummaryHasNoCount() => Assert.Null(TestTally.Executed("all good\n"));
}
