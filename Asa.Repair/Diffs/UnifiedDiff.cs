using Asa.Repair.Edits;
using System.Text;

namespace Asa.Repair.Diffs;

/// <summary>Git-style unified diffs of one file, and the lines a change adds and removes.</summary>
public static class UnifiedDiff
{
    private const string NoNewlineMarker = "\\ No newline at end of file";

    /// <summary>
    /// The diff that turns <paramref name="oldText"/> into <paramref name="newText"/>; null stands for a file that does not exist.
    /// Empty when nothing changed.
    /// </summary>
    public static string Render(string path, string? oldText, string? newText, int context = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (oldText == newText)
        {
            return "";
        }
        var oldLines = TextLines.Split(oldText ?? "");
        var newLines = TextLines.Split(newText ?? "");
        var steps = LineDiff.Compute(oldLines, newLines);

        var diff = new StringBuilder();
        diff.Append($"diff --git a/{path} b/{path}\n");
        if (oldText is null)
        {
            diff.Append("new file mode 100644\n");
        }
        else if (newText is null)
        {
            diff.Append("deleted file mode 100644\n");
        }
        diff.Append(oldText is null ? "--- /dev/null\n" : $"--- a/{path}\n");
        diff.Append(newText is null ? "+++ /dev/null\n" : $"+++ b/{path}\n");
        foreach (var (first, last) in Hunks(steps, context))
        {
            AppendHunk(diff, steps, first, last, oldLines, newLines);
        }
        return diff.ToString();
    }

    public static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) ChangedLines(string? oldText, string? newText)
    {
        var oldLines = TextLines.Split(oldText ?? "");
        var newLines = TextLines.Split(newText ?? "");
        var added = new List<string>();
        var removed = new List<string>();
        foreach (var step in LineDiff.Compute(oldLines, newLines))
        {
            if (step.Operation == DiffOperation.Insert)
            {
                added.Add(TextLines.WithoutTerminator(newLines[step.NewIndex]));
            }
            else if (step.Operation == DiffOperation.Delete)
            {
                removed.Add(TextLines.WithoutTerminator(oldLines[step.OldIndex]));
            }
        }
        return (added, removed);
    }

    /// <summary>Ranges of steps (inclusive) to show: each change with its context, merged when their contexts touch.</summary>
    private static List<(int First, int Last)> Hunks(List<DiffStep> steps, int context)
    {
        var hunks = new List<(int First, int Last)>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Operation == DiffOperation.Equal)
            {
                continue;
            }
            var first = Math.Max(0, i - context);
            var last = Math.Min(steps.Count - 1, i + context);
            if (hunks.Count > 0 && first <= hunks[^1].Last + 1)
            {
                hunks[^1] = (hunks[^1].First, last);
            }
            else
            {
                hunks.Add((first, last));
            }
        }
        return hunks;
    }

    private static void AppendHunk(StringBuilder diff, List<DiffStep> steps, int first, int last, List<string> oldLines, List<string> newLines)
    {
        var oldBefore = steps.Take(first).Count(s => s.Operation != DiffOperation.Insert);
        var newBefore = steps.Take(first).Count(s => s.Operation != DiffOperation.Delete);
        var shown = steps.Skip(first).Take(last - first + 1).ToList();
        var oldCount = shown.Count(s => s.Operation != DiffOperation.Insert);
        var newCount = shown.Count(s => s.Operation != DiffOperation.Delete);
        diff.Append($"@@ -{Range(oldBefore, oldCount)} +{Range(newBefore, newCount)} @@\n");
        foreach (var step in shown)
        {
            var (prefix, line) = step.Operation switch
            {
                DiffOperation.Delete => ('-', oldLines[step.OldIndex]),
                DiffOperation.Insert => ('+', newLines[step.NewIndex]),
                _ => (' ', oldLines[step.OldIndex]),
            };
            diff.Append(prefix);
            if (line.EndsWith('\n'))
            {
                diff.Append(line);
            }
            else
            {
                diff.Append(line).Append('\n').Append(NoNewlineMarker).Append('\n');
            }
        }
    }

    /// <summary>Git writes an empty range as the line before it, and omits a count of one.</summary>
    private static string Range(int linesBefore, int count) => count switch
    {
        0 => $"{linesBefore},0",
        1 => $"{linesBefore + 1}",
        _ => $"{linesBefore + 1},{count}",
    };
}
