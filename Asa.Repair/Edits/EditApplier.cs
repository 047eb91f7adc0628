namespace Asa.Repair.Edits;

/// <summary>
/// Applies a fix's edits to the files they name, all or nothing. Each problem names the edit's number and path,
/// so the model can be told exactly which edit to redo.
/// </summary>
public static class EditApplier
{
    public static EditApplication Apply(IReadOnlyList<FileEdit> edits, Func<string, string?> readOriginal)
    {
        var problems = new List<(int Number, string Text)>();
        var editsByPath = new Dictionary<string, List<NumberedEdit<FileEdit>>>(StringComparer.Ordinal);
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            // Checked before anything reads the path, so a hostile path never reaches the file system.
            if (!RepositoryPath.Check(edit.Path, out var reason))
            {
                problems.Add((i + 1, Problem(i + 1, edit.Path, reason)));
                continue;
            }
            if (!editsByPath.TryGetValue(edit.Path, out var forPath))
            {
                editsByPath[edit.Path] = forPath = [];
            }
            forPath.Add(new NumberedEdit<FileEdit>(i + 1, edit));
        }

        var newContents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, forPath) in editsByPath)
        {
            if (ApplyToFile(path, forPath, readOriginal(path), problems) is { } text)
            {
                newContents[path] = text;
            }
        }
        return problems.Count == 0
            ? new EditApplication(newContents, [])
            : new EditApplication(
                new Dictionary<string, string>(StringComparer.Ordinal), problems.OrderBy(p => p.Number).Select(p => p.Text).ToList());
    }

    private static string? ApplyToFile(string path, List<NumberedEdit<FileEdit>> edits, string? original, List<(int Number, string Text)> problems)
    {
        var problemsBefore = problems.Count;
        void Report(int number, string problem) => problems.Add((number, Problem(number, path, problem)));

        var current = original;
        var lineEdits = edits.Where(e => e.Edit is LineRangeEdit).Select(e => new NumberedEdit<LineRangeEdit>(e.Number, (LineRangeEdit)e.Edit)).ToList();
        if (lineEdits.Count > 0)
        {
            if (original is null)
            {
                lineEdits.ForEach(e => Report(e.Number, "the file does not exist; line edits need an existing file"));
            }
            else
            {
                current = LineRangePatch.Apply(original, lineEdits, Report) ?? original;
            }
        }
        foreach (var (number, edit) in edits)
        {
            if (edit is SearchReplaceEdit searchReplace)
            {
                var replaced = SearchReplacement.Apply(current, searchReplace, out var problem);
                if (replaced is null)
                {
                    Report(number, problem);
                }
                current = replaced ?? current;
            }
        }
        return problems.Count == problemsBefore ? current : null;
    }

    private static string Problem(int number, string path, string problem) => $"edit {number} ({Printable(path)}): {problem}";

    private static string Printable(string path) => string.Concat(path.Select(c => char.IsControl(c) ? '?' : c));
}
