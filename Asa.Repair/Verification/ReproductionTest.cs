namespace Asa.Repair.Verification;

/// <summary>A test written for the bug that was seen to fail while the bug is present, and how it failed (its run, with the per-test report).</summary>
public sealed record ReproductionTest(string Path, string Content, string Command, string ExpectedFailure, TestSuiteRun FailingRun)
{
    public string FailureOutput => FailingRun.OutputTail;
}
