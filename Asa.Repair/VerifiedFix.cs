using Asa.Repair.Candidates;
using Asa.Repair.Verification;

namespace Asa.Repair;

/// <summary>A candidate that passed verification: the fork it passed in, how it was judged, and how many candidates it took.</summary>
public sealed record VerifiedFix(Candidate Candidate, int Attempts, string WorkspaceId, SuiteVerdict Verdict);
