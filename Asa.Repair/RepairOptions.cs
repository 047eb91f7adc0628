using System.ComponentModel.DataAnnotations;

namespace Asa.Repair;

/// <summary>How hard the LLM fixer tries (section <c>Repair</c>).</summary>
public sealed class RepairOptions
{
    public const string SectionName = "Repair";

    /// <summary>Reproduction tests written before the task gives up on reproducing the bug.</summary>
    [Range(1, 10)]
    public int TestAttempts { get; set; } = 3;

    /// <summary>Rounds of fix generation and verification, each fed the previous round's failures.</summary>
    [Range(1, 10)]
    public int FixAttempts { get; set; } = 3;

    /// <summary>Candidates sampled per round and verified side by side in sandbox forks; the smallest that passes wins.</summary>
    [Range(1, 5)]
    public int CandidatesPerAttempt { get; set; } = 1;

    /// <summary>Tokens of repository code a prompt may carry.</summary>
    [Range(500, 200_000)]
    public int ContextTokens { get; set; } = 12_000;
}
