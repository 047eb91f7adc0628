using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Asa.Repair.Edits;

namespace Asa.Repair.Diffs;

/// <summary>
/// One file's part of a <c>git diff</c>: its path before and after (null for a file created or deleted), its new mode
/// when it has one, and hunks that are applied exactly, every context and removed line checked, as <c>git apply</c> does
/// without fuzz.
/// </summary>
public sealed partial class GitPatch
{
    private const string DevNull = "/dev/null";
    private readonly List<Hunk> hunks = [];

    private GitPatch(string? oldPath, string? newPath)
    {
        OldPath = oldPath;
        NewPath = newPath;
    }

    public string? OldPath { get; private set; }

    public string? NewPath { get; private set; }

    /// <summary>The file's mode after the change (for example <c>100755</c>) when the diff sets one.</summary>
    public string? NewMode { get; private set; }

    public string Path => NewPath ?? OldPath!;

    /// <summary>Splits a diff into its files; throws <see cref="FormatException"/> naming what it cannot read.</summary>
    public static IReadOnlyList<GitPatch> Parse(string diff)
    {
        var patches = new List<GitPatch>();
        var lines = diff.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }
        GitPatch? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                current = new GitPatch(null, null);
                patches.Add(current);
                var (a, b) = HeaderPaths(line);
                (current.OldPath, current.NewPath) = (a, b);
            }
            else if (current is null)
            {
                throw new FormatException($"line {i + 1} comes before any 'diff --git' header: '{line}'.");
            }
            else if (line.StartsWith("new file mode ", StringComparison.Ordinal))
            {
                current.OldPath = null;
                current.NewMode = line["new file mode ".Length..];
            }
            else if (line.StartsWith("new mode ", StringComparison.Ordinal))
            {
                current.NewMode = line["new mode ".Length..];
            }
            else if (line.StartsWith("deleted file mode ", StringComparison.Ordinal))
            {
                current.NewPath = null;
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                current.OldPath = FilePath(line[4..], "a/");
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                current.NewPath = FilePath(line[4..], "b/");
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal) || line.StartsWith("GIT binary patch", StringComparison.Ordinal))
            {
                throw new FormatException($"the change to '{current.Path}' is binary, which a text patch cannot carry.");
            }
            else if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                i = ReadHunk(lines, i, current);
            }
            else if (line.StartsWith("rename ", StringComparison.Ordinal) || line.StartsWith("copy ", StringComparison.Ordinal))
            {
                throw new FormatException($"the diff renames or copies '{current.Path}'; only changed, created and deleted files are supported.");
            }
        }
        return patches;
    }

    /// <summary>The file's new text, or null when the patch deletes it; throws <see cref="FormatException"/> when a line does not match.</summary>
    public string? Apply(string? oldText)
    {
        if (OldPath is null && oldText is not null)
        {
            throw new FormatException($"'{Path}' is created by the patch but already exists.");
        }
        if (OldPath is not null && oldText is null)
        {
            throw new FormatException($"'{Path}' is changed by the patch but does not exist.");
        }
        var oldLines = TextLines.Split(oldText ?? "");
        var result = new StringBuilder();
        var position = 0;
        foreach (var hunk in hunks)
        {
            var start = hunk.OldCount == 0 ? hunk.OldStart : hunk.OldStart - 1;
            if (start < position || start > oldLines.Count)
            {
                throw new FormatException($"a hunk of '{Path}' starts at line {hunk.OldStart}, outside the file or before the previous hunk.");
            }
            for (; position < start; position++)
            {
                result.Append(oldLines[position]);
            }
            foreach (var (kind, text) in hunk.Lines)
            {
                if (kind != '+')
                {
                    if (position >= oldLines.Count || oldLines[position] != text)
                    {
                        throw new FormatException($"line {position + 1} of '{Path}' is not what the patch expects ('{text.TrimEnd('\n')}').");
                    }
                    position++;
                }
                if (kind != '-')
                {
                    result.Append(text);
                }
            }
        }
        for (; position < oldLines.Count; position++)
        {
            result.Append(oldLines[position]);
        }
        return NewPath is null ? null : result.ToString();
    }

    private static int ReadHunk(string[] lines, int headerIndex, GitPatch patch)
    {
        var header = HunkHeader().Match(lines[headerIndex]);
        if (!header.Success)
        {
            throw new FormatException($"'{lines[headerIndex]}' is not a hunk header.");
        }
        var hunk = new Hunk(Number(header.Groups[1]), header.Groups[2].Success ? Number(header.Groups[2]) : 1,
            header.Groups[4].Success ? Number(header.Groups[4]) : 1);
        int oldSeen = 0, newSeen = 0, i = headerIndex + 1;
        for (; i < lines.Length && (oldSeen < hunk.OldCount || newSeen < hunk.NewCount || lines[i].StartsWith('\\')); i++)
        {
            var line = lines[i];
            if (line.StartsWith('\\'))
            {
                // "\ No newline at end of file": the line before it has no terminator.
                var (kind, text) = hunk.Lines[^1];
                hunk.Lines[^1] = (kind, text[..^1]);
                continue;
            }
            var mark = line.Length == 0 ? ' ' : line[0];
            if (mark is not (' ' or '-' or '+'))
            {
                throw new FormatException($"a hunk of '{patch.Path}' ends early, at '{line}'.");
            }
            hunk.Lines.Add((mark, (line.Length == 0 ? "" : line[1..]) + "\n"));
            oldSeen += mark == '+' ? 0 : 1;
            newSeen += mark == '-' ? 0 : 1;
        }
        if (oldSeen != hunk.OldCount || newSeen != hunk.NewCount)
        {
            throw new FormatException($"a hunk of '{patch.Path}' is cut short.");
        }
        patch.hunks.Add(hunk);
        return i - 1;
    }

    private static (string? Old, string? New) HeaderPaths(string header)
    {
        var rest = header["diff --git ".Length..];
        if (rest.StartsWith('"'))
        {
            var (first, length) = Unquote(rest);
            return (StripPrefix(first, "a/"), FilePath(rest[length..].TrimStart(), "b/"));
        }
        // Without quotes the two paths are equal (no renames), so the middle " b/" splits them.
        var middle = rest.Length / 2;
        return rest.Length > 4 && rest[middle] == ' '
            ? (StripPrefix(rest[..middle], "a/"), StripPrefix(rest[(middle + 1)..], "b/"))
            : throw new FormatException($"'{header}' does not name one file twice.");
    }

    private static string? FilePath(string text, string prefix)
    {
        text = text.TrimEnd('\t');
        if (text == DevNull)
        {
            return null;
        }
        return StripPrefix(text.StartsWith('"') ? Unquote(text).Text : text, prefix);
    }

    private static string StripPrefix(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : throw new FormatException($"the path '{path}' lacks the '{prefix}' prefix.");

    // git quotes a name holding a quote, a backslash, a control character or (without core.quotePath=false) non-ASCII,
    // with C escapes and octal bytes.
    private static (string Text, int Length) Unquote(string text)
    {
        var bytes = new List<byte>();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return (Encoding.UTF8.GetString([.. bytes]), i + 1);
            }
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var next = text[++i];
            if (next is >= '0' and <= '7')
            {
                bytes.Add(Convert.ToByte(text.Substring(i, 3), 8));
                i += 2;
                continue;
            }
            bytes.Add(next switch
            {
                'n' => (byte)'\n', 't' => (byte)'\t', 'r' => (byte)'\r', 'a' => 7, 'b' => 8, 'f' => 12, 'v' => 11,
                _ => (byte)next,
            });
        }
        throw new FormatException($"the quoted path {text} has no closing quote.");
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")]
    private static partial Regex HunkHeader();

    private sealed record Hunk(int OldStart, int OldCount, int NewCount)
    {
        public List<(char Kind, string Text)> Lines { get; } = [];
    }
}
