namespace Asa.Corpus;

/// <summary>
/// One case of the bug corpus (<c>corpus/&lt;name&gt;/case.json</c>): what the bug is, how to show it, and where its
/// buggy, fixed and held-back files are.
/// </summary>
public sealed record CorpusCase(
    string Name,
    string Language,
    string Category,
    string Bug,
    string Description,
    string TestCommand,
    string HeldBackCommand,
    bool EngineFixable,
    string Set,
    string CaseDirectory)
{
    public const string BuggyFolder = "buggy";
    public const string FixedFolder = "fixed";
    public const string HeldBackFolder = "heldback";

    /// <summary>Cases the engine's search order may be tuned on.</summary>
    public const string TuningSet = "tuning";

    /// <summary>Cases nobody tunes on: their figures are the ones a user can expect.</summary>
    public const string EvaluationSet = "evaluation";

    /// <summary>easy, medium or hard, from <see cref="Bug"/> (<see cref="CorpusDifficulty"/>).</summary>
    public string Difficulty => CorpusDifficulty.Of(Bug);

    /// <summary>The repository as a user would submit it.</summary>
    public string BuggyDirectory => Path.Combine(CaseDirectory, BuggyFolder);

    /// <summary>The files the known fix changes, with their correct content.</summary>
    public string FixedDirectory => Path.Combine(CaseDirectory, FixedFolder);

    /// <summary>Tests never submitted, laid over a checkout to judge a fix.</summary>
    public string HeldBackDirectory => Path.Combine(CaseDirectory, HeldBackFolder);

    public override string ToString() => Name;
}
