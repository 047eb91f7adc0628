using Asa.Repair.Fixers;

namespace Asa.Worker.Pipeline;

/// <summary>The fixer a task runs with, by name, and the stage that reproduces the bug for it before it runs.</summary>
public sealed record ChosenFixer(string Name, IFixer Fixer, IPipelineStage Reproduction);
