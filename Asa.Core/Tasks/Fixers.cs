namespace Asa.Core.Tasks;

/// <summary>The fixers a task may ask for at submission, as stored in <c>tasks.fixer</c> and shown to clients.</summary>
public static class Fixers
{
    /// <summary>The embedded repair engine alone: offline, and no model is asked anything.</summary>
    public const string Engine = "engine";

    /// <summary>The LLM fixer: a model writes a reproduction test and proposes fixes.</summary>
    public const string Model = "model";

    /// <summary>The model's reproduction test, then the engine, then the model's fixes when the engine found nothing.</summary>
    public const string EngineFirst = "engine-first";

    public static readonly IReadOnlyList<string> All = [Engine, Model, EngineFirst];

    public static bool IsKnown(string fixer) => All.Contains(fixer, StringComparer.Ordinal);
}
