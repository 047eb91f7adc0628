namespace Asa.Repair.Engine;

/// <summary>
/// Multi-hunk repair (Hercules, Saha et al., ICSE 2019: sibling edits): two single edits at two suspicious lines of one
/// file made together. Two kinds of pair, few of each: the same edit at two lines (one wrong operator copied twice),
/// and the likeliest edits of the likeliest lines. A pair is always less likely than either of its edits alone, so it
/// runs after them. Only edits within a line are paired; pairs across files are not made.
/// </summary>
public static class EditPairs
{
    private const int SiblingLines = 8;
    private const int SiblingPairs = 24;
    private const double SiblingPrior = 0.6;
    private const int TopLines = 4;
    private const int TopEditsPerLine = 3;
    private const int TopPairs = 24;
    private const double TopPrior = 0.4;

    /// <summary>One single edit, as the candidate made of it and the splice it made.</summary>
    public readonly record struct Single(CandidateEdit Candidate, MutationEdit Edit);

    /// <param name="singles">Every file's single edits, at lines in the order of their suspicion, likeliest edit first.</param>
    public static IEnumerable<CandidateEdit> Make(IReadOnlyList<Single> singles)
    {
        foreach (var file in singles.Where(s => WithinLine(s)).GroupBy(s => s.Candidate.Path, StringComparer.Ordinal))
        {
            var lines = file.GroupBy(s => s.Candidate.Line).Select(g => g.OrderByDescending(s => s.Candidate.Priority).ToList()).ToList();
            var siblings = Pairs(lines.Take(SiblingLines).ToList(), int.MaxValue)
                .Where(p => p.First.Edit.Description == p.Second.Edit.Description && p.First.Edit.Kind == p.Second.Edit.Kind)
                .Select(p => Pair(p.First, p.Second, SiblingPrior))
                .OrderByDescending(c => c.Priority)
                .Take(SiblingPairs);
            var top = Pairs(lines.Take(TopLines).ToList(), TopEditsPerLine)
                .Select(p => Pair(p.First, p.Second, TopPrior))
                .OrderByDescending(c => c.Priority)
                .Take(TopPairs);
            foreach (var pair in siblings.Concat(top))
            {
                yield return pair;
            }
        }
    }

    private static IEnumerable<(Single First, Single Second)> Pairs(List<List<Single>> lines, int editsPerLine)
    {
        for (var a = 0; a < lines.Count; a++)
        {
            for (var b = a + 1; b < lines.Count; b++)
            {
                foreach (var first in lines[a].Take(editsPerLine))
                {
                    foreach (var second in lines[b].Take(editsPerLine))
                    {
                        yield return (first, second);
                    }
                }
            }
        }
    }

    private static CandidateEdit Pair(Single first, Single second, double prior)
    {
        // The later splice first, so the earlier one's offsets still hold.
        var (early, late) = first.Edit.Start < second.Edit.Start ? (first.Edit, second.Edit) : (second.Edit, first.Edit);
        var text = first.Candidate.Original;
        var changed = text[..early.Start] + early.Replacement + text[(early.Start + early.Length)..late.Start] + late.Replacement
                      + text[(late.Start + late.Length)..];
        var (one, other) = (first.Candidate, second.Candidate);
        return new CandidateEdit(one.Path, one.Line, "pair", $"{one.Description} at line {one.Line}, and {other.Description} at line {other.Line}",
            text, changed, Math.Max(one.LineScore, other.LineScore), prior * Math.Min(one.Priority, other.Priority), other.Line);
    }

    /// <summary>Whether the edit changes part of one line and adds none, so two such edits at two lines never overlap.</summary>
    private static bool WithinLine(Single single)
    {
        var (edit, original) = (single.Edit, single.Candidate.Original);
        return !edit.Replacement.Contains('\n') && original.AsSpan(edit.Start, edit.Length).IndexOf('\n') < 0;
    }
}
