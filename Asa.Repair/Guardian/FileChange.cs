namespace Asa.Repair.Guardian;

/// <summary>One changed file as the rules see it: its text before and after, and the lines the change adds and removes.</summary>
internal sealed record FileChange(string Path, string? Original, string Changed, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsDeletion => Original is { Length: > 0 } && Changed.Trim().Length == 0;

    /// <summary>Added lines the file did not already have anywhere: a line that only moved or was re-indented is not new.</summary>
    public IReadOnlyList<string> NewLines
    {
        get
        {
            var existing = (Original ?? "").Split('\n').Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
            return Added.Where(line => !existing.Contains(line.Trim())).ToList();
        }
    }
}

