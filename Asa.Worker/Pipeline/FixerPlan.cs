namespace Asa.Worker.Pipeline;

/// <summary>
/// The fixer a task runs with and the stages that find its fix, after cloning and indexing. <see cref="Fixer"/> is null
/// when the task asked for none and the worker has none configured; the task then ends "no fixer is configured" once
/// the bug is reproduced.
/// </summary>
public sealed record FixerPlan(string? Fixer, IReadOnlyList<IPipelineStage> Stages);
