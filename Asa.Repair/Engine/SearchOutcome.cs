namespace Asa.Repair.Engine;

/// <summary>
/// What a search found: the smallest candidate that passed everything (or none), its account, and the score of the
/// most suspicious line, to say how strongly the evidence pointed at the winner's.
/// </summary>
public sealed record SearchOutcome(CandidateEdit? Winner, SearchSummary Summary, double TopLineScore);
