namespace Asa.Repair.Engine;

/// <summary>What a search spends its time on (<see cref="SearchTimes"/>).</summary>
public enum SearchActivity
{
    /// <summary>The traced run of the failing tests that measures which lines they execute.</summary>
    Coverage,

    /// <summary>The unchanged program's runs before the first candidate: the classic reference, the warm-up and the warm reference.</summary>
    Preparation,

    /// <summary>A batch of candidates parsed by their language's own parser in the sandbox.</summary>
    SyntaxCheck,

    /// <summary>One candidate compiled (C#, Roslyn) or parsed (JavaScript, Acornima) by the engine itself, outside the sandbox.</summary>
    EngineCheck,

    /// <summary>A batch of candidates' failing tests run by a warm driver.</summary>
    WarmBatch,

    /// <summary>One candidate's failing tests in a sandbox run of its own.</summary>
    ClassicRun,

    /// <summary>The full test command for a candidate whose failing tests passed.</summary>
    FullRun,
}
