using System.Diagnostics;
using Asa.Repair.Verification;

namespace Asa.Tests.Repair.Verification;

/// <summary>The wrapped test command run for real with bash, Debian's pytest and Node, in a scratch folder as a sandbox fork would be.</summary>
public sealed class TestReportingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("asa-test-reporting-").FullName;
    private readonly string temp = Directory.CreateTempSubdirectory("asa-test-reporting-tmp-").FullName;

    [Fact]
    public async Task PytestReportsEveryTestWithItsOutcomeAndTheOutputStaysTheCommands()
    {
        Write("conftest.py", "");
        Write("calc.py", "def double(x):\n    return x * 3\n");
        Write("tests/test_calc.py", """
            import pytest
            from calc import double


            @pytest.mark.parametrize("x", [0, 2])
            def test_double(x):
                assert double(x) == 2 * x


            @pytest.mark.skip(reason="later")
            def test_later():
                pass
            """);

        var (exitCode, report, output) = await RunAsync("python3 -m pytest -q -p no:cacheprovider");

        Assert.Equal(1, exitCode);
        Assert.NotNull(report);
        Assert.Equal("pytest JUnit XML", report.Source);
        Assert.Equal(TestOutcome.Passed, report.Tests["tests.test_calc::test_double[0]"].Outcome);
        Assert.Equal(TestOutcome.Failed, report.Tests["tests.test_calc::test_double[2]"].Outcome);
        Assert.Contains("assert 6 == (2 * 2)", report.Tests["tests.test_calc::test_double[2]"].Message);
        Assert.Equal(TestOutcome.Skipped, report.Tests["tests.test_calc::test_later"].Outcome);
        Assert.Equal("tests.test_calc", report.Tests["tests.test_calc::test_later"].Location);
        Assert.Contains("1 failed, 1 passed, 1 skipped", output);
        Assert.DoesNotContain("asa-test-report", output);
        Assert.DoesNotContain("testcase", output);
    }

    [Fact]
    public async Task NodesTestRunnerReportsNestedTestsByFileAndKeepsItsTapOutput()
    {
        Write("test/calc.test.js", """
            const { test, describe, it } = require("node:test");
            const assert = require("node:assert");
            test("adds", () => assert.strictEqual(1 + 1, 2));
            describe("calc", () => {
              it("subtracts", () => assert.strictEqual(2 - 1, 2));
              it.skip("later", () => {});
            });
            """);

        var (exitCode, report, output) = await RunAsync("node --test");

        Assert.Equal(1, exitCode);
        Assert.NotNull(report);
        Assert.Equal("Node test runner", report.Source);
        Assert.Equal(TestOutcome.Passed, report.Tests["test/calc.test.js::adds"].Outcome);
        Assert.Equal(TestOutcome.Failed, report.Tests["test/calc.test.js::calc > subtracts"].Outcome);
        Assert.Equal(TestOutcome.Skipped, report.Tests["test/calc.test.js::calc > later"].Outcome);
        Assert.Equal("test/calc.test.js", report.Tests["test/calc.test.js::adds"].Location);
        Assert.Equal(3, report.Tests.Count);
        Assert.Contains("# fail 1", output);
    }

    [Fact]
    public async Task ACommandThatChoosesItsOwnNodeReporterKeepsIt()
    {
        Write("test/calc.test.js", "const test = require('node:test');\ntest('adds', () => {});\n");

        var (exitCode, report, output) = await RunAsync("node --test --test-reporter=spec");

        Assert.Equal(0, exitCode);
        Assert.Null(report);
        Assert.Contains("adds", output);
    }

    [Fact]
    public async Task ACommandWithoutAReportingRunnerHasNoReportAndKeepsItsExitCode()
    {
        var (exitCode, report, output) = await RunAsync("echo checking; exit 3");

        Assert.Equal(3, exitCode);
        Assert.Null(report);
        Assert.Equal("checking", output.Trim());
    }

    [Fact]
    public async Task ACommandThatCdsAndExitsStillReports()
    {
        Write("pkg/conftest.py", "");
        Write("pkg/test_ok.py", "def test_ok():\n    assert True\n");

        var (exitCode, report, _) = await RunAsync("cd pkg && python3 -m pytest -q -p no:cacheprovider; exit $?");

        Assert.Equal(0, exitCode);
        Assert.Equal(TestOutcome.Passed, Assert.Single(report!.Tests).Value.Outcome);
    }

    public void Dispose()
    {
        Directory.Delete(root, recursive: true);
        Directory.Delete(temp, recursive: true);
    }

    private async Task<(int ExitCode, TestReport? Report, string Output)> RunAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", TestReporting.Wrap(command)])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Debian's toolchains, as in the sandbox, whatever python is first on the caller's PATH; a /tmp of the test's own.
        start.Environment["PATH"] = $"/usr/bin:/bin:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["TMPDIR"] = temp;
        start.Environment.Remove("NODE_OPTIONS");
        start.Environment.Remove("PYTEST_ADDOPTS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var (report, output) = TestReporting.Extract(await stdout + await stderr);
        return (process.ExitCode, report, output);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
