namespace Asa.Repair.Verification;

/// <summary>
/// Whether a change passed a test run judged against the run before it: the problems when it did not, the tests it made
/// pass, those that failed before and still fail the same way (pre-existing failures), and how it was judged.
/// </summary>
public sealed record SuiteVerdict(IReadOnlyList<string> Problems, IReadOnlyList<string> Fixed, IReadOnlyList<string> StillFailing, string Basis)
{
    public bool Passed => Problems.Count == 0;

    public string Describe(int shown = 5) =>
        string.Join(" ", Problems.Take(shown)) + (Problems.Count > shown ? $" (and {Problems.Count - shown} more)" : "");
}
