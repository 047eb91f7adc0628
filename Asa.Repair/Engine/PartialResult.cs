namespace Asa.Repair.Engine;

/// <summary>A candidate that did not pass everything but got somewhere: what it changed and what still failed.</summary>
public sealed record PartialResult(CandidateEdit Candidate, int? Failures, bool PassedFailingTests, string OutputTail)
{
    private const int TailChars = 1500;

    public bool IsBetterThan(PartialResult other) =>
        PassedFailingTests != other.PassedFailingTests
            ? PassedFailingTests
            : (Failures ?? int.MaxValue) != (other.Failures ?? int.MaxValue)
                ? (Failures ?? int.MaxValue) < (other.Failures ?? int.MaxValue)
                : Candidate.Size < other.Candidate.Size;

    public string Describe()
    {
        var what = PassedFailingTests
            ? "It makes the failing tests pass, but the full test command then fails."
            : $"It leaves {Failures} test(s) failing, fewer than before.";
        var tail = OutputTail.Length > TailChars ? "…" + OutputTail[^TailChars..] : OutputTail;
        return $"{Candidate} ({Candidate.Kind}). {what}\n{Candidate.Diff}\n{tail}";
    }
}
