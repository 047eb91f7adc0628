using System.Globalization;
using System.Text.RegularExpressions;

namespace Asa.Tests.Repair;

/// <summary>
/// Applies a unified diff the way patch does, checking every context and removed line against the old text,
/// so a diff is only accepted if it really turns the old text into the new one.
/// </summary>
public static partial class UnifiedDiffPatch
{
    public static string? Apply(string? oldText, string diff)
    {
        var oldLines = Lines(oldText ?? "");
        var result = new List<string>();
        var position = 0;
        var diffLines = diff.Split('\n');
        var i = Array.FindIndex(diffLines, line => line.StartsWith("@@", StringComparison.Ordinal));
        while (i >= 0 && i < diffLines.Length && diffLines[i].StartsWith("@@", StringComparison.Ordinal))
        {
            var header = HunkHeader().Match(diffLines[i]);
            Assert.True(header.Success, $"not a hunk header: {diffLines[i]}");
            var oldStart = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            var oldCount = header.Groups[2].Success ? int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
            var newCount = header.Groups[4].Success ? int.Parse(header.Groups[4].Value, CultureInfo.InvariantCulture) : 1;
            var hunkStart = oldCount == 0 ? oldStart : oldStart - 1;
            Assert.True(hunkStart >= position, "hunks out of order");
            result.AddRange(oldLines.Skip(position).Take(hunkStart - position));
            position = hunkStart;

            var body = new List<(char Kind, string Text)>();
            for (i++; i < diffLines.Length && diffLines[i].Length > 0 && " -+\\".Contains(diffLines[i][0]); i++)
            {
                if (diffLines[i][0] == '\\')
                {
                    body[^1] = (body[^1].Kind, body[^1].Text[..^1]);
                    continue;
                }
                body.Add((diffLines[i][0], diffLines[i][1..] + "\n"));
            }
            Assert.Equal(oldCount, body.Count(line => line.Kind != '+'));
            Assert.Equal(newCount, body.Count(line => line.Kind != '-'));
            foreach (var (kind, text) in body)
            {
                if (kind != '+')
                {
                    Assert.Equal(oldLines[position], text);
                    position++;
                }
                if (kind != '-')
                {
                    result.Add(text);
                }
            }
        }
        result.AddRange(oldLines.Skip(position));
        return diff.Contains("\n+++ /dev/null\n", StringComparison.Ordinal) ? null : string.Concat(result);
    }

    private static List<string> Lines(string text) =>
        Regex.Split(text, "(?<=\n)").Where(line => line.Length > 0).ToList();

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$")]
    private static partial Regex HunkHeader();
}
