namespace Asa.Repair.Edits;

/// <summary>
/// Applies one SEARCH/REPLACE edit to a file's current text. The search must occur exactly once; the only slack allowed
/// is trailing whitespace on each line, and only when that still singles out one place. Anything looser would apply
/// a change the model did not see.
/// </summary>
internal static class SearchReplacement
{
    /// <summary>The new text, or null with <paramref name="problem"/> saying why nothing was replaced.</summary>
    public static string? Apply(string? current, SearchReplaceEdit edit, out string problem)
    {
        problem = "";
        var lineEnding = TextLines.LineEndingOf(current);
        var search = TextLines.WithLineEnding(edit.Search, lineEnding);
        var replace = TextLines.WithLineEnding(edit.Replace, lineEnding);

        if (search.Length == 0)
        {
            if (string.IsNullOrEmpty(current))
            {
                return replace;
            }
            problem = "SEARCH is empty, which only creates a new file, but the file already exists; quote the lines to change";
            return null;
        }
        if (current is null)
        {
            problem = "the file does not exist; to create it, leave SEARCH empty";
            return null;
        }

        var exact = Occurrences(current, search);
        if (exact.Count == 1)
        {
            return string.Concat(current.AsSpan(0, exact[0]), replace, current.AsSpan(exact[0] + search.Length));
        }
        if (exact.Count > 1)
        {
            problem = $"SEARCH matches {exact.Count} places; include more surrounding lines";
            return null;
        }

        var fileLines = TextLines.Split(current);
        var searchLines = TextLines.Split(search);
        var loose = TrailingWhitespaceMatches(fileLines, searchLines);
        if (loose.Count == 1)
        {
            return ReplaceLines(fileLines, loose[0], searchLines, replace);
        }
        if (loose.Count > 1)
        {
            problem = $"SEARCH matches {loose.Count} places when trailing whitespace is ignored; include more surrounding lines";
            return null;
        }
        problem = NoMatch(fileLines, searchLines);
        return null;
    }

    private static List<int> Occurrences(string text, string search)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }
        return found;
    }

    private static List<int> TrailingWhitespaceMatches(List<string> fileLines, List<string> searchLines)
    {
        var matches = new List<int>();
        for (var start = 0; start + searchLines.Count <= fileLines.Count; start++)
        {
            var all = true;
            for (var k = 0; k < searchLines.Count && all; k++)
            {
                all = fileLines[start + k].TrimEnd() == searchLines[k].TrimEnd();
            }
            if (all)
            {
                matches.Add(start);
            }
        }
        return matches;
    }

    private static string ReplaceLines(List<string> fileLines, int start, List<string> searchLines, string replace)
    {
        var before = string.Concat(fileLines.Take(start));
        var matched = fileLines.Skip(start).Take(searchLines.Count).ToList();
        var after = string.Concat(fileLines.Skip(start + searchLines.Count));
        // A search without a final newline leaves the matched last line's terminator in place.
        var keptTerminator = TextLines.HasTerminator(searchLines[^1]) ? "" : matched[^1][TextLines.WithoutTerminator(matched[^1]).Length..];
        return before + replace + keptTerminator + after;
    }

    private static string NoMatch(List<string> fileLines, List<string> searchLines)
    {
        if (fileLines.Count == 0)
        {
            return "SEARCH does not match: the file is empty";
        }
        if (ClosestLines.Find(fileLines.Select(TextLines.WithoutTerminator).ToList(), searchLines.Select(TextLines.WithoutTerminator).ToList())
            is not (var start, var count))
        {
            return "SEARCH does not match the file, and no lines of the file resemble it";
        }
        var quoted = fileLines.Skip(start).Take(Math.Min(count, ClosestLines.MaxQuotedLines)).Select(line => TextLines.WithoutTerminator(line) + "\n");
        return $"SEARCH does not match the file exactly; the closest lines are {start + 1}-{start + count}:\n{string.Concat(quoted)}";
    }
}
