namespace Asa.Repair.Verification;

/// <summary>A test command's run in the sandbox with the per-test report its runner wrote, when it wrote one.</summary>
public sealed record TestSuiteRun(CommandRun Run, TestReport? Report)
{
    /// <summary>Stopped by the time limit: while the bug is present, a hang is how the bug shows.</summary>
    public bool Hung => Run.LimitsHit.Contains(RunLimit.Time);

    /// <summary>The tests that ran (not skipped), from the report, else from the runner's closing summary; null when unknown.</summary>
    public int? Executed => Report?.Executed ?? TestTally.Executed(Run.OutputTail);

    public string OutputTail => Run.OutputTail;
}
