namespace Asa.Repair;

/// <summary>
/// A repair that ended without a verified fix, saying why. <see cref="Rejected"/> when the guardian refused what was
/// found: a policy decision rather than a failure to find a fix.
/// </summary>
public sealed class RepairFailedException(string message, bool rejected = false) : Exception(message)
{
    public bool Rejected { get; } = rejected;
}
