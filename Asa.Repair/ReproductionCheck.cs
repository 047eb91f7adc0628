using System.Text.RegularExpressions;
using Asa.Repair.Verification;

namespace Asa.Repair;

/// <summary>
/// Decides whether a reproduction test's run shows the bug: it must fail, and fail in the code under test rather than
/// because the test itself cannot be loaded (a syntax or import error, no test collected, an unknown command). A test
/// stopped by the time limit reproduces the bug: the bug may be an endless loop.
/// </summary>
public static partial class ReproductionCheck
{
    /// <summary>Null when the run reproduces the bug; otherwise what to tell the model about its test.</summary>
    public static string? Problem(TestSuiteRun suiteRun)
    {
        var run = suiteRun.Run;
        if (suiteRun.Hung)
        {
            return null;
        }
        if (run.LimitsHit.Count > 0)
        {
            return $"The test did not finish: it {run.Describe()}. Write a test that runs quickly.";
        }
        if (suiteRun.Report is { } report && report.Executed == 0)
        {
            return $"The command ran no test ({report.Describe()}): the test was not collected, or it skipped itself. Write a test the runner collects and runs.";
        }
        if (run.ExitCode == 0)
        {
            return "The test PASSED while the bug is present, so it does not reproduce the bug. Assert the behaviour the bug report says is wrong.";
        }
        if (run.ExitCode is 126 or 127)
        {
            return $"The command could not be run (exit code {run.ExitCode}). Use the repository's test runner as the user's test command does.";
        }
        if (BrokenTest().Match(run.OutputTail) is { Success: true } broken)
        {
            return $"The test failed before it could test anything ('{broken.Value.Trim()}'): the test file itself does not load or run. " +
                "Fix the test so that it fails only because of the bug.";
        }
        return null;
    }

    [GeneratedRegex(@"SyntaxError|IndentationError|ModuleNotFoundError|ImportError|ERROR collecting|collected 0 items|no tests ran|file or directory not found|error CS\d{4}|error TS\d{4}|Cannot find module|Cannot use import statement|error: cannot find symbol|command not found")]
    private static partial Regex BrokenTest();
}
