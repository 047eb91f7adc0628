namespace Asa.Repair.Verification;

/// <summary>Runs a test command so that its runner reports every test (<see cref="TestReporting"/>).</summary>
public static class TestRuns
{
    /// <summary>Characters of a test run's own output kept, once the report is taken out of it.</summary>
    public const int OutputChars = 4000;

    /// <summary>The run's output is the command's own, with the report taken out.</summary>
    public static async Task<TestSuiteRun> RunTestsAsync(
        this ICandidateRunner runner, string workspaceId, string command, TimeSpan wallTime, CancellationToken cancellationToken)
    {
        var run = await runner.RunAsync(workspaceId, TestReporting.Wrap(command), wallTime, TestReporting.OutputChars, cancellationToken);
        var (report, output) = TestReporting.Extract(run.OutputTail);
        return new TestSuiteRun(run with { OutputTail = output.Length > OutputChars ? "…" + output[^OutputChars..] : output }, report);
    }
}
