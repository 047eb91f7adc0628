namespace Asa.Repair.Engine;

/// <summary>
/// What a search found: the edits that passed everything, ranked (<see cref="FixChoice"/>), its account, and the score
/// of the most suspicious line, to say how strongly the evidence pointed at the winner's.
/// </summary>
public sealed record SearchOutcome(FixChoice Choice, SearchSummary Summary, double TopLineScore)
{
    /// <summary>The edit to keep, or null when none passed.</summary>
    public CandidateEdit? Winner => Choice.Winner;
}
