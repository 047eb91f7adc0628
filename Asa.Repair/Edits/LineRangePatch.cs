namespace Asa.Repair.Edits;

/// <summary>
/// Applies a file's line-range edits together. Their line numbers refer to the file as it was shown, so they are
/// applied from the bottom up, where no edit shifts the lines another one names.
/// </summary>
internal static class LineRangePatch
{
    public static string? Apply(string original, IReadOnlyList<NumberedEdit<LineRangeEdit>> edits, Action<int, string> reportProblem)
    {
        var lines = TextLines.Split(original);
        var valid = edits.Where(edit => IsInRange(edit, lines.Count, reportProblem)).ToList();
        var overlapping = Overlaps(valid, reportProblem);
        if (valid.Count < edits.Count || overlapping)
        {
            return null;
        }

        var lineEnding = TextLines.LineEndingOf(original);
        if (lines.Count > 0 && !TextLines.HasTerminator(lines[^1]) && valid.Any(edit => edit.Edit.EndLine == lines.Count))
        {
            lines[^1] += lineEnding;
        }
        foreach (var (_, edit) in valid.OrderByDescending(e => Position(e.Edit)).ThenByDescending(e => e.Number))
        {
            var text = TextLines.Split(WithFinalNewline(TextLines.WithLineEnding(edit.Text, lineEnding), lineEnding));
            if (edit.Kind == LineEditKind.Insert)
            {
                lines.InsertRange(edit.StartLine, text);
            }
            else
            {
                lines.RemoveRange(edit.StartLine - 1, edit.EndLine - edit.StartLine + 1);
                if (edit.Kind == LineEditKind.Replace)
                {
                    lines.InsertRange(edit.StartLine - 1, text);
                }
            }
        }
        return string.Concat(lines);
    }

    private static bool IsInRange(NumberedEdit<LineRangeEdit> numbered, int lineCount, Action<int, string> reportProblem)
    {
        var edit = numbered.Edit;
        if (edit.Kind == LineEditKind.Insert)
        {
            if (edit.StartLine >= 0 && edit.StartLine <= lineCount)
            {
                return true;
            }
            reportProblem(numbered.Number, $"cannot insert after line {edit.StartLine}; the file has {lineCount} lines");
            return false;
        }
        if (edit.StartLine >= 1 && edit.StartLine <= edit.EndLine && edit.EndLine <= lineCount)
        {
            return true;
        }
        reportProblem(numbered.Number, $"lines {edit.StartLine}-{edit.EndLine} are out of range; the file has {lineCount} lines");
        return false;
    }

    private static bool Overlaps(List<NumberedEdit<LineRangeEdit>> edits, Action<int, string> reportProblem)
    {
        var any = false;
        for (var later = 1; later < edits.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (Overlap(edits[earlier].Edit, edits[later].Edit))
                {
                    reportProblem(edits[later].Number,
                        $"{Describe(edits[later].Edit)} and {Describe(edits[earlier].Edit)} of edit {edits[earlier].Number} overlap; make them one edit");
                    any = true;
                }
            }
        }
        return any;
    }

    private static bool Overlap(LineRangeEdit a, LineRangeEdit b) => (a.Kind, b.Kind) switch
    {
        (LineEditKind.Insert, LineEditKind.Insert) => false,
        (LineEditKind.Insert, _) => InsertsInside(a.StartLine, b),
        (_, LineEditKind.Insert) => InsertsInside(b.StartLine, a),
        _ => a.StartLine <= b.EndLine && b.StartLine <= a.EndLine,
    };

    /// <summary>An insertion between two lines that are both replaced or deleted has no place left to go.</summary>
    private static bool InsertsInside(int afterLine, LineRangeEdit range) => range.StartLine <= afterLine && afterLine < range.EndLine;

    /// <summary>Sort key: an insertion after line n sits between line n and line n + 1.</summary>
    private static double Position(LineRangeEdit edit) => edit.Kind == LineEditKind.Insert ? edit.StartLine + 0.5 : edit.StartLine;

    private static string Describe(LineRangeEdit edit) =>
        edit.Kind == LineEditKind.Insert ? $"the insertion after line {edit.StartLine}" : $"lines {edit.StartLine}-{edit.EndLine}";

    private static string WithFinalNewline(string text, string lineEnding) =>
        text.Length == 0 || text.EndsWith('\n') ? text : text + lineEnding;
}
