namespace Asa.Repair.Engine;

/// <summary>
/// The account of one search: candidate edits made, parsed or compiled, run and passed, how long it took, why it
/// stopped (<c>fixed</c>, <c>time limit</c>, <c>candidate limit</c>, <c>exhausted</c>), the candidate that got furthest
/// when none passed, the most suspicious lines, where the forks' time went (<see cref="SearchTimes.Describe"/>), and
/// when the edits a fix could be passed (<see cref="CandidateSearch.PassTimes"/>).
/// </summary>
public sealed record SearchSummary(
    int Generated, int Compiled, int Run, int Passed, TimeSpan Elapsed, string Stopped, string BestPartial, IReadOnlyList<string> SuspiciousLines,
    string TimeSpent = "", string PassTimes = "");
