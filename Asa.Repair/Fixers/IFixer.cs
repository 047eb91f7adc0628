namespace Asa.Repair.Fixers;

/// <summary>A way to find a fix, chosen per task by name (<c>engine</c>, <c>model</c>, <c>engine-first</c>).</summary>
public interface IFixer
{
    /// <summary>
    /// Whether the fixer asks a model: it then works from the reproduction test a model writes rather than from the user's
    /// failing tests, and the model reviews its candidates after the guardian's rules.
    /// </summary>
    bool UsesModel { get; }

    /// <summary>The fix that passed verification; throws <see cref="RepairFailedException"/> when none did.</summary>
    Task<VerifiedFix> FixAsync(RepairRequest request, RepairPorts ports, CancellationToken cancellationToken);
}
