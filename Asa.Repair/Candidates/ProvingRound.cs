namespace Asa.Repair.Candidates;

/// <summary>
/// What became of a round of candidates: the guardians' reviews, the test results of those approved (in the same
/// order), and the smallest that passed, when one did.
/// </summary>
public sealed record ProvingRound(IReadOnlyList<CandidateReview> Reviews, IReadOnlyList<CandidateTestResult> Tested, VerifiedFix? Winner)
{
    public IEnumerable<CandidateReview> Rejected => Reviews.Where(r => !r.Approved);
}
