using System.ComponentModel.DataAnnotations;

namespace Asa.Repair.Engine;

public enum EngineMode
{
    /// <summary>The engine fixes bugs when no model is configured.</summary>
    Auto,

    /// <summary>The engine tries first, and the model only when the engine found nothing.</summary>
    First,

    /// <summary>Never: without a model, tasks end with "no fixer is configured".</summary>
    Off,
}

/// <summary>How the embedded repair engine searches (section <c>Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Engine";

    public EngineMode Mode { get; set; } = EngineMode.Auto;

    /// <summary>
    /// How long the engine may take, counted from when the worker began the task: the search stops in time to verify
    /// what it found (see <see cref="CandidateSearch.SearchTime"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "02:00:00")]
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Candidates run in the sandbox before the search gives up. The time limit is the budget that binds: warm runs
    /// try 10 to 40 candidates a second, so a thousand, the limit when each took a sandbox run of its own, would end
    /// a search in well under a minute.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxCandidates { get; set; } = 5000;

    /// <summary>Candidates run side by side, each in its own sandbox fork.</summary>
    [Range(1, 32)]
    public int Parallelism { get; set; } = 2;

    /// <summary>
    /// Edits that pass everything the search collects before it chooses one (<see cref="FixChoice"/>): after the first,
    /// it goes on for as long again as the first took, within a quarter of the time it has left (at least a few
    /// seconds), so a fix that merely passes can lose to one that is likelier right. 1 keeps the first that passes.
    /// </summary>
    [Range(1, 20)]
    public int PlausibleCandidates { get; set; } = 3;

    /// <summary>
    /// Suspicious lines the operators edit first, most suspicious first; when their edits ran out with no fix and time
    /// left, the search takes twice as many, and so on.
    /// </summary>
    [Range(1, 1000)]
    public int SuspiciousLines { get; set; } = 40;
}
