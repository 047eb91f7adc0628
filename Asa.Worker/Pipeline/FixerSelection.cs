using Asa.Core.Data;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Repair.Engine;
using Asa.Repair.Fixers;
using Asa.Worker.Llm;
using Asa.Worker.Pipeline.Stages;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Chooses each task's fixer (<see cref="Fixers"/>): the one it asked for, else the worker's configured one (the LLM
/// fixer when a model is set, tried after the engine with Engine:Mode=First; the engine alone when no model is set,
/// unless Engine:Mode=Off). Fixers are keyed services by name; those that ask a model exist only on a worker with a
/// model, so a task that needs one elsewhere is refused up front.
/// </summary>
public sealed class FixerSelection(IServiceProvider services, IOptions<EngineOptions> engineOptions, LlmProviderSettings? provider = null)
{
    /// <summary>The fixer of a task that asks for none; null when the worker has no fixer at all.</summary>
    public string? ConfiguredFixer => (provider, engineOptions.Value.Mode) switch
    {
        (null, EngineMode.Off) => null,
        (null, _) => Fixers.Engine,
        (_, EngineMode.First) => Fixers.EngineFirst,
        _ => Fixers.Model,
    };

    /// <summary>The task's fixer, null when it has none; throws a permanent error when this worker cannot run the one it asked for.</summary>
    public ChosenFixer? For(TaskRecord task)
    {
        if ((task.Fixer ?? ConfiguredFixer) is not { } name)
        {
            return null;
        }
        if (!Fixers.IsKnown(name))
        {
            throw AsaException.Permanent($"The task asks for fixer '{name}', which this worker does not know; it knows {string.Join(", ", Fixers.All)}.");
        }
        var fixer = services.GetKeyedService<IFixer>(name) ?? throw AsaException.Permanent(
            $"The task asks for fixer '{name}', which needs a model, but this worker has no model configured. " +
            $"Set a model on the workers (Llm:Provider, or OPENAI_API_KEY), or submit the task with fixer '{Fixers.Engine}' " +
            "or without a fixer. Nothing was cloned or changed.");
        // A fixer that asks a model works from the reproduction test the model writes; that stage is registered with it.
        IPipelineStage reproduction = fixer.UsesModel ? services.GetRequiredService<GenerateTestStage>() : services.GetRequiredService<ReproduceStage>();
        return new ChosenFixer(name, fixer, reproduction);
    }
}
