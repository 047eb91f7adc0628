namespace Asa.Core.Data;

/// <summary>A row of <c>evaluation_cases</c>: a known bug used to measure ASA.</summary>
public sealed class EvaluationCaseRecord
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string RepoUrl { get; set; }
    public required string BugDescription { get; set; }
    public string? TestCommand { get; set; }
    public string? ExpectedBehavior { get; set; }
    public string? Difficulty { get; set; }
    public string? Category { get; set; }
    public string? CheckCommand { get; set; }
    /// <summary>The held-back files laid over the fixed checkout before <see cref="CheckCommand"/> runs, as a JSON object of path to content.</summary>
    public string? CheckFiles { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
