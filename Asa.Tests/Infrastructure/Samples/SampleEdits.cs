namespace Asa.Tests.Infrastructure.Samples;

/// <summary>One SEARCH/REPLACE block of a code_agent reply.</summary>
internal sealed record SampleEdit(string Path, string Search, string Replace);

/// <summary>
/// Just enough of the code_agent reply format to check the samples' replies: the file path line, then
/// SEARCH/REPLACE blocks. Deliberately naive (no tolerance for model mistakes); the worker has the real parser.
/// </summary>
internal static class SampleEdits
{
    private const string SearchMarker = "<<<<<<< SEARCH";
    private const string DividerMarker = "=======";
    private const string ReplaceMarker = ">>>>>>> REPLACE";

    public static IReadOnlyList<SampleEdit> Parse(string reply)
    {
        var lines = reply.Split('\n');
        var edits = new List<SampleEdit>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != SearchMarker)
            {
                continue;
            }
            var path = lines[i - 1].Trim();
            var divider = Array.IndexOf(lines, DividerMarker, i + 1);
            var end = Array.IndexOf(lines, ReplaceMarker, divider + 1);
            if (divider < 0 || end < 0)
            {
                throw new FormatException($"The SEARCH block for {path} is not closed.");
            }
            edits.Add(new SampleEdit(path, string.Join('\n', lines[(i + 1)..divider]), string.Join('\n', lines[(divider + 1)..end])));
            i = end;
        }
        return edits;
    }

    /// <summary>The files the reply changes, with their new content; each SEARCH must occur exactly once.</summary>
    public static IReadOnlyDictionary<string, string> Apply(IReadOnlyDictionary<string, string> files, string reply)
    {
        var changed = new Dictionary<string, string>();
        foreach (var edit in Parse(reply))
        {
            var content = changed.GetValueOrDefault(edit.Path) ?? files[edit.Path];
            var at = content.IndexOf(edit.Search, StringComparison.Ordinal);
            if (at < 0 || content.IndexOf(edit.Search, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"The SEARCH text for {edit.Path} does not occur exactly once.");
            }
            changed[edit.Path] = string.Concat(content.AsSpan(0, at), edit.Replace, content.AsSpan(at + edit.Search.Length));
        }
        return changed;
    }
}
