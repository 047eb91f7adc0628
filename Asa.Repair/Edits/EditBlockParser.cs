using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Asa.Repair.Edits;

/// <summary>
/// Reads the model's plain-text reply: a RATIONALE, a CONFIDENCE and edit blocks, each preceded by the path of its file.
/// Every format error names the block and what is missing so the reply can be sent back for correction.
/// </summary>
public static partial class EditBlockParser
{
    private const string OpenMarker = "<<<<<<<";
    private const string CloseMarker = ">>>>>>>";
    private const string Divider = "=======";
    private const string SearchClose = ">>>>>>> REPLACE";
    private const string RangeClose = ">>>>>>> END";
    private const string RationaleLabel = "RATIONALE:";
    private const string ConfidenceLabel = "CONFIDENCE:";

    public static ProposedFix Parse(string reply)
    {
        var lines = reply.Replace("\r\n", "\n").Split('\n');
        var firstBlock = Array.FindIndex(lines, IsOpenMarker);
        var headerEnd = firstBlock < 0 ? lines.Length : firstBlock;
        var firstPath = FindPathLine(lines, 0, headerEnd);
        var (rationale, confidence) = ParseHeader(lines.AsSpan(0, firstPath >= 0 ? firstPath : headerEnd));

        var edits = new List<FileEdit>();
        var segmentStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith(CloseMarker, StringComparison.Ordinal))
            {
                throw new EditFormatException($"line {i + 1} has '{line}' outside any edit block");
            }
            if (!IsOpenMarker(line))
            {
                continue;
            }
            var block = new BlockContext(edits.Count + 1, PathBefore(lines, segmentStart, i, edits.Count + 1));
            var (edit, closeLine) = ReadBlock(lines, i, block);
            edits.Add(edit);
            i = closeLine;
            segmentStart = closeLine + 1;
        }
        if (edits.Count == 0)
        {
            throw new EditFormatException("the reply has no edit blocks");
        }
        return new ProposedFix(rationale, confidence, edits);
    }

    private sealed record BlockContext(int Number, string Path)
    {
        public override string ToString() => $"block {Number} ({Path})";
    }

    private static (string Rationale, double Confidence) ParseHeader(ReadOnlySpan<string> header)
    {
        var rationaleLine = -1;
        var confidenceLine = -1;
        for (var i = 0; i < header.Length; i++)
        {
            if (rationaleLine < 0 && HasLabel(header[i], RationaleLabel))
            {
                rationaleLine = i;
            }
            else if (confidenceLine < 0 && HasLabel(header[i], ConfidenceLabel))
            {
                confidenceLine = i;
            }
        }
        if (rationaleLine < 0)
        {
            throw new EditFormatException("the reply has no 'RATIONALE:' line before its edit blocks");
        }
        if (confidenceLine < 0)
        {
            throw new EditFormatException("the reply has no 'CONFIDENCE:' line before its edit blocks");
        }

        var rationaleEnd = confidenceLine > rationaleLine ? confidenceLine : header.Length;
        var rationaleLines = new List<string> { AfterLabel(header[rationaleLine], RationaleLabel) };
        foreach (var line in header[(rationaleLine + 1)..rationaleEnd])
        {
            if (!IsFence(line))
            {
                rationaleLines.Add(line.TrimEnd());
            }
        }
        var rationale = string.Join('\n', rationaleLines).Trim();
        if (rationale.Length == 0)
        {
            throw new EditFormatException("RATIONALE is empty");
        }
        return (rationale, ParseConfidence(AfterLabel(header[confidenceLine], ConfidenceLabel)));
    }

    private static double ParseConfidence(string text)
    {
        var isPercent = text.EndsWith('%');
        var number = isPercent ? text[..^1].TrimEnd() : text;
        var scale = isPercent ? 100.0 : 1.0;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= 0 && value <= scale)
        {
            return value / scale;
        }
        throw new EditFormatException($"CONFIDENCE must be a number from 0 to 1, got '{text}'");
    }

    private static (FileEdit Edit, int CloseLine) ReadBlock(string[] lines, int openLine, BlockContext block)
    {
        var header = lines[openLine].Trim()[OpenMarker.Length..].Trim();
        if (header.Equals("SEARCH", StringComparison.OrdinalIgnoreCase))
        {
            var (search, dividerLine) = ReadSection(lines, openLine + 1, Divider, block);
            var (replace, closeLine) = ReadSection(lines, dividerLine + 1, SearchClose, block);
            return (new SearchReplaceEdit(block.Path, search, replace), closeLine);
        }

        var (kind, start, end) = ParseRangeHeader(header, block);
        var (text, rangeCloseLine) = ReadSection(lines, openLine + 1, RangeClose, block);
        if (kind == LineEditKind.Delete && text.Trim().Length > 0)
        {
            throw new EditFormatException($"{block} is a DELETE and must have no lines between its markers");
        }
        return (new LineRangeEdit(block.Path, kind, start, end, kind == LineEditKind.Delete ? "" : text), rangeCloseLine);
    }

    private static (LineEditKind Kind, int Start, int End) ParseRangeHeader(string header, BlockContext block)
    {
        if (InsertHeader().Match(header) is { Success: true } insert)
        {
            var after = int.Parse(insert.Groups["start"].Value, CultureInfo.InvariantCulture);
            return (LineEditKind.Insert, after, after);
        }
        if (RangeHeader().Match(header) is not { Success: true } range)
        {
            throw new EditFormatException(
                $"{block} starts with an unknown marker '{OpenMarker} {header}'; expected SEARCH, REPLACE LINES a-b, INSERT AFTER LINE n or DELETE LINES a-b");
        }
        var kind = range.Groups["verb"].Value.Equals("DELETE", StringComparison.OrdinalIgnoreCase) ? LineEditKind.Delete : LineEditKind.Replace;
        var start = int.Parse(range.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = range.Groups["end"].Success ? int.Parse(range.Groups["end"].Value, CultureInfo.InvariantCulture) : start;
        if (start < 1)
        {
            throw new EditFormatException($"{block} has line range {start}-{end}; lines are numbered from 1");
        }
        if (end < start)
        {
            throw new EditFormatException($"{block} has line range {start}-{end}, which ends before it starts");
        }
        return (kind, start, end);
    }

    /// <summary>Collects the lines up to <paramref name="terminator"/>; returns them as text and the terminator's index.</summary>
    private static (string Text, int TerminatorLine) ReadSection(string[] lines, int from, string terminator, BlockContext block)
    {
        var text = new StringBuilder();
        for (var i = from; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == terminator)
            {
                return (text.ToString(), i);
            }
            if (IsOpenMarker(trimmed) || trimmed.StartsWith(CloseMarker, StringComparison.Ordinal))
            {
                break;
            }
            text.Append(lines[i]).Append('\n');
        }
        throw new EditFormatException($"{block} has no '{terminator}' line");
    }

    private static string PathBefore(string[] lines, int from, int marker, int blockNumber)
    {
        var index = FindPathLine(lines, from, marker);
        var path = index < 0 ? "" : CleanPath(lines[index]);
        return path.Length > 0
            ? path
            : throw new EditFormatException($"block {blockNumber} has no file path on the line before its '{OpenMarker}' line");
    }

    /// <summary>The last non-empty line before the marker that is not a code fence; -1 when the header or nothing comes first.</summary>
    private static int FindPathLine(string[] lines, int from, int marker)
    {
        for (var i = marker - 1; i >= from; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || IsFence(line))
            {
                continue;
            }
            return HasLabel(line, RationaleLabel) || HasLabel(line, ConfidenceLabel) ? -1 : i;
        }
        return -1;
    }

    private static string CleanPath(string line)
    {
        var path = line.Trim().Trim('`').Trim();
        if (path.StartsWith("File:", StringComparison.OrdinalIgnoreCase))
        {
            path = path["File:".Length..].Trim();
        }
        return path.Trim('`').Trim();
    }

    private static bool IsOpenMarker(string line) => line.TrimStart().StartsWith(OpenMarker, StringComparison.Ordinal);

    private static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

    private static bool HasLabel(string line, string label) => line.TrimStart().StartsWith(label, StringComparison.OrdinalIgnoreCase);

    private static string AfterLabel(string line, string label) => line.TrimStart()[label.Length..].Trim();

    [GeneratedRegex(@"^INSERT\s+AFTER\s+LINE\s+(?<start>\d{1,9})$", RegexOptions.IgnoreCase)]
    private static partial Regex InsertHeader();

    [GeneratedRegex(@"^(?<verb>REPLACE|DELETE)\s+LINES?\s+(?<start>\d{1,9})(?:\s*-\s*(?<end>\d{1,9}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeHeader();
}
