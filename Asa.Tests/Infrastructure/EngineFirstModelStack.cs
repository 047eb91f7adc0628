namespace Asa.Tests.Infrastructure;

/// <summary>A <see cref="ModelStack"/> whose workers try the embedded engine first (Engine:Mode=First), for at most 30 candidates.</summary>
public sealed class EngineFirstModelStack() : ModelStack(new Dictionary<string, string>
{
    ["Engine__Mode"] = "First",
    ["Engine__MaxCandidates"] = "30",
});
