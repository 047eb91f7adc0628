using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class FailingTestsTests
{
    private static readonly string[] Paths = ["tests/test_tax.py", "test/csv.test.js", "src/csv.js"];

    [Fact]
    public void PytestIsNarrowedToTheFailedTestsAndStopsAtTheFirstFailure()
    {
        const string output = "F.\nFAILED tests/test_tax.py::test_rate - assert 3 == 2\nFAILED tests/test_tax.py::test_cap[big] - x\n1 failed";

        Assert.Equal("python3 -m pytest -q 'tests/test_tax.py::test_rate' 'tests/test_tax.py::test_cap[big]'",
            FailingTests.Narrow("python3 -m pytest -q", output, Paths));
    }

    [Fact]
    public void NodeIsNarrowedToTheFailingFiles() =>
        Assert.Equal("node --test 'test/csv.test.js'",
            FailingTests.Narrow("node --test", "not ok 1 - quotes\n  location: '/workspace/test/csv.test.js:12:3'\n", Paths));

    [Theory]
    [InlineData("python3 -m pytest -q && echo done")]
    [InlineData("make test")]
    [InlineData("pytest tests/")]
    public void OtherCommandsAreRunAsTheyAre(string command) =>
        Assert.Equal(command, FailingTests.Narrow(command, "FAILED tests/test_tax.py::test_rate - x", Paths));

    [Theory]
    [InlineData("===== 2 failed, 3 passed in 0.1s =====", 2)]
    [InlineData("# tests 5\n# pass 4\n# fail 1\n", 1)]
    [InlineData("Tests run: 4,  Failures: 3", 3)]
    [InlineData("PASS a\nFAIL b", null)]
    public void FailuresAreCountedFromTheRunnersSummary(string output, int? failures) =>
        Assert.Equal(failures, FailingTests.FailureCount(output));
}
