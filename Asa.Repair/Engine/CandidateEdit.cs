using Asa.Repair.Diffs;
using Asa.Repair.Edits;

namespace Asa.Repair.Engine;

/// <summary>
/// One candidate fix the engine made: a small edit to one file, ranked by <see cref="Priority"/> (how suspicious its
/// line is, <see cref="LineScore"/>, times how likely its kind of edit is). A pair of edits at two lines of the file
/// names the second in <see cref="PairedLine"/>.
/// </summary>
public sealed record CandidateEdit(
    string Path, int Line, string Kind, string Description, string Original, string Changed, double LineScore, double Priority, int? PairedLine = null)
{
    private int? size;
    private int? linesChanged;

    /// <summary>Lines changed, then characters changed: the last tie-break between two edits that passed (<see cref="FixChoice"/>).</summary>
    public int Size => size ??= SizeOf();

    /// <summary>The lines the edit was made at: one, or two for a pair.</summary>
    public IReadOnlyList<int> Lines => PairedLine is { } paired ? [Line, paired] : [Line];

    /// <summary>Lines added and removed.</summary>
    public int LinesChanged => linesChanged ??= LinesChangedOf();

    public string Diff => UnifiedDiff.Render(Path, Original, Changed);

    public override string ToString() => $"{Path}:{Line} {Description}";

    private int SizeOf() => LinesChanged * 1000 + Math.Abs(Changed.Length - Original.Length) + 1;

    private int LinesChangedOf()
    {
        var (added, removed) = UnifiedDiff.ChangedLines(Original, Changed);
        return added.Count + removed.Count;
    }
}
