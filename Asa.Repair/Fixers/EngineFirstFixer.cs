namespace Asa.Repair.Fixers;

/// <summary>
/// Fixer <c>engine-first</c>: the embedded engine, searching from the model's reproduction test, and the model's fixes
/// only when the engine found nothing it could prove.
/// </summary>
public sealed class EngineFirstFixer(EngineFixer engine, ModelFixer model) : IFixer
{
    public bool UsesModel => true;

    public async Task<VerifiedFix> FixAsync(RepairRequest request, RepairPorts ports, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.FixAsync(request, ports, cancellationToken);
        }
        catch (RepairFailedException engineFailed)
        {
            await ports.Progress.LogAsync(RepairStep.GeneratingFix, warning: false,
                $"{engineFailed.Message}\nThe model takes over.", "engine-gave-way", cancellationToken);
            return await model.FixAsync(request, ports, cancellationToken);
        }
    }
}
