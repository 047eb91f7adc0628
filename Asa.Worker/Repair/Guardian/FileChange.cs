namespace Asa.Worker.Repair.Guardian;

/// <summary>One changed file as the rules see it: its text before and after, and the lines the change adds and removes.</summary>
internal sealed record FileChange(string Path, string? Original, string Changed, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsDeletion => Original is { Length: > 0 } && Changed.Trim().Length == 0;

    public string AddedText => string.Join('\n', Added);
}
