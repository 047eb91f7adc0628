using Asa.Repair.Diffs;
using Asa.Repair.Edits;

namespace Asa.Repair.Candidates;

/// <summary>
/// One proposed fix, numbered across the task, with the files as they were and as the edits leave them.
/// <see cref="Size"/> counts the lines added and removed, to prefer the smallest of several passing candidates.
/// </summary>
public sealed record Candidate(
    int Number,
    ProposedFix Fix,
    IReadOnlyDictionary<string, string?> Originals,
    IReadOnlyDictionary<string, string> Changed)
{
    public int Size => Changed.Sum(file =>
    {
        var (added, removed) = UnifiedDiff.ChangedLines(Originals.GetValueOrDefault(file.Key), file.Value);
        return added.Count + removed.Count;
    });

    public string Diff => string.Concat(Changed.OrderBy(f => f.Key, StringComparer.Ordinal)
        .Select(file => UnifiedDiff.Render(file.Key, Originals.GetValueOrDefault(file.Key), file.Value)));
}
