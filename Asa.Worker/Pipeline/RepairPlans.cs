using Asa.Core.Data;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Worker.Llm;
using Asa.Worker.Pipeline.Stages;
using Asa.Worker.Repair.Engine;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Chooses each task's fixer: the one it asked for, else the worker's configured one (the LLM fixer when a model is
/// set, tried after the engine with Engine:Mode=First; the engine alone when no model is set, unless Engine:Mode=Off).
/// The model stages exist only on a worker with a model, so a task that needs one elsewhere is refused up front.
/// </summary>
public sealed class RepairPlans(
    ReproduceStage reproduce,
    EngineRepairStage engine,
    IOptions<EngineOptions> engineOptions,
    LlmProviderSettings? provider = null,
    GenerateTestStage? generateTest = null,
    RepairStage? repair = null)
{
    /// <summary>The fixer of a task that asks for none; null when the worker has no fixer at all.</summary>
    public string? ConfiguredFixer => (provider, engineOptions.Value.Mode) switch
    {
        (null, EngineMode.Off) => null,
        (null, _) => Fixers.Engine,
        (_, EngineMode.First) => Fixers.EngineFirst,
        _ => Fixers.Model,
    };

    /// <summary>The plan for the task; throws a permanent error when this worker cannot run the fixer it asked for.</summary>
    public FixerPlan For(TaskRecord task)
    {
        var fixer = task.Fixer ?? ConfiguredFixer;
        switch (fixer)
        {
            case null:
                return new FixerPlan(null, [reproduce]);
            case Fixers.Engine:
                return new FixerPlan(fixer, [reproduce, engine]);
            case Fixers.Model or Fixers.EngineFirst:
                if (generateTest is null || repair is null)
                {
                    throw AsaException.Permanent(
                        $"The task asks for fixer '{fixer}', which needs a model, but this worker has no model configured. " +
                        $"Set a model on the workers (Llm:Provider, or OPENAI_API_KEY), or submit the task with fixer '{Fixers.Engine}' " +
                        "or without a fixer. Nothing was cloned or changed.");
                }
                return new FixerPlan(fixer, fixer == Fixers.Model ? [generateTest, repair] : [generateTest, engine, repair]);
            default:
                throw AsaException.Permanent($"The task asks for fixer '{fixer}', which this worker does not know; it knows {string.Join(", ", Fixers.All)}.");
        }
    }
}
