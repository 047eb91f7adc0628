using Asa.Repair.Verification;

namespace Asa.Repair.Candidates;

/// <summary>How a candidate's verification ended: the verdict on the user's tests, and the account of its failure (null when it passed).</summary>
public sealed record CandidateTestResult(SuiteVerdict Verdict, string? Failure)
{
    public bool Passed => Failure is null;
}
