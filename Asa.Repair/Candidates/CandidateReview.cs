namespace Asa.Repair.Candidates;

/// <summary>What the guardians said about a candidate: no reasons means approved.</summary>
public sealed record CandidateReview(Candidate Candidate, IReadOnlyList<string> Reasons, string Reviewer)
{
    public bool Approved => Reasons.Count == 0;
}
