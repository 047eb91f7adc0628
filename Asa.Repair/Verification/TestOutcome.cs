namespace Asa.Repair.Verification;

/// <summary>How one test ended, as its runner reported it. An error (a fixture or collection failure) counts as failed.</summary>
public enum TestOutcome
{
    Passed,
    Failed,
    Skipped,
}
