namespace Asa.Corpus;

/// <summary>
/// A case's difficulty, from its kind of bug (corpus/README.md): one token to change is easy, one expression or
/// statement to rewrite is medium, code to add or two places to change is hard.
/// </summary>
public static class CorpusDifficulty
{
    public const string Easy = "easy";
    public const string Medium = "medium";
    public const string Hard = "hard";

    private static readonly Dictionary<string, string> ByBug = new(StringComparer.Ordinal)
    {
        ["operator"] = Easy,
        ["constant"] = Easy,
        ["bound"] = Easy,
        ["arguments"] = Medium,
        ["variable"] = Medium,
        ["condition"] = Medium,
        ["statement"] = Medium,
        ["return"] = Medium,
        ["missing-statement"] = Hard,
        ["two-edits"] = Hard,
    };

    /// <summary>The kinds of bug a case may name.</summary>
    public static IReadOnlyCollection<string> Bugs => ByBug.Keys;

    /// <summary>The difficulty of a case whose bug is <paramref name="bug"/>.</summary>
    /// <exception cref="ArgumentException">The kind of bug is not one the corpus knows.</exception>
    public static string Of(string bug) =>
        ByBug.TryGetValue(bug, out var difficulty)
            ? difficulty
            : throw new ArgumentException($"'{bug}' is not a kind of bug the corpus knows ({string.Join(", ", ByBug.Keys)})", nameof(bug));
}
