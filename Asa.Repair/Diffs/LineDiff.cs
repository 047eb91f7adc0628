namespace Asa.Repair.Diffs;

internal enum DiffOperation
{
    Equal,
    Delete,
    Insert,
}

/// <summary>One line of an edit script: kept, deleted from the old text, or inserted from the new one (0-based indices).</summary>
internal readonly record struct DiffStep(DiffOperation Operation, int OldIndex, int NewIndex);

/// <summary>
/// The shortest edit script between two line lists, by Myers' O((N+M)D) algorithm
/// ("An O(ND) Difference Algorithm and Its Variations", 1986), with deletions put before insertions in each changed run.
/// </summary>
internal static class LineDiff
{
    /// <summary>Beyond this many differences the saved search frontiers grow quadratically; the rest is then replaced wholesale.</summary>
    private const int MaxDifferences = 2000;

    public static List<DiffStep> Compute(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && oldLines[prefix] == newLines[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < oldLines.Count - prefix && suffix < newLines.Count - prefix
               && oldLines[oldLines.Count - 1 - suffix] == newLines[newLines.Count - 1 - suffix])
        {
            suffix++;
        }

        var steps = new List<DiffStep>();
        for (var i = 0; i < prefix; i++)
        {
            steps.Add(new DiffStep(DiffOperation.Equal, i, i));
        }
        var middle = Middle(oldLines, newLines, prefix, oldLines.Count - suffix, newLines.Count - suffix);
        steps.AddRange(DeletionsFirst(middle));
        for (var i = suffix; i > 0; i--)
        {
            steps.Add(new DiffStep(DiffOperation.Equal, oldLines.Count - i, newLines.Count - i));
        }
        return steps;
    }

    private static List<DiffStep> Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int start, int oldEnd, int newEnd)
    {
        var n = oldEnd - start;
        var m = newEnd - start;
        var max = n + m;
        var offset = max + 1;
        var frontier = new int[2 * max + 3];
        var history = new List<int[]>();
        for (var d = 0; d <= Math.Min(max, MaxDifferences); d++)
        {
            // Frontier as it was before step d, for diagonals -d..d: all the backtrack needs.
            history.Add(frontier.AsSpan(offset - d, 2 * d + 1).ToArray());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])
                    ? frontier[offset + k + 1]
                    : frontier[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y])
                {
                    x++;
                    y++;
                }
                frontier[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(history, n, m, start);
                }
            }
        }
        return Wholesale(n, m, start);
    }

    private static List<DiffStep> Backtrack(List<int[]> history, int n, int m, int start)
    {
        var reversed = new List<DiffStep>();
        var (x, y) = (n, m);
        for (var d = history.Count - 1; d > 0; d--)
        {
            var before = history[d];
            var k = x - y;
            var previousK = k == -d || (k != d && Frontier(before, d, k - 1) < Frontier(before, d, k + 1)) ? k + 1 : k - 1;
            var previousX = Frontier(before, d, previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                reversed.Add(new DiffStep(DiffOperation.Equal, start + x, start + y));
            }
            reversed.Add(x == previousX
                ? new DiffStep(DiffOperation.Insert, start + x, start + y - 1)
                : new DiffStep(DiffOperation.Delete, start + x - 1, start + y));
            (x, y) = (previousX, previousY);
        }
        while (x > 0 && y > 0)
        {
            x--;
            y--;
            reversed.Add(new DiffStep(DiffOperation.Equal, start + x, start + y));
        }
        reversed.Reverse();
        return reversed;
    }

    /// <summary>The frontier saved before step d holds diagonals -d..d, diagonal k at index k + d.</summary>
    private static int Frontier(int[] saved, int d, int diagonal) => saved[diagonal + d];

    private static List<DiffStep> Wholesale(int n, int m, int start)
    {
        var steps = new List<DiffStep>();
        for (var i = 0; i < n; i++)
        {
            steps.Add(new DiffStep(DiffOperation.Delete, start + i, start));
        }
        for (var j = 0; j < m; j++)
        {
            steps.Add(new DiffStep(DiffOperation.Insert, start + n, start + j));
        }
        return steps;
    }

    private static IEnumerable<DiffStep> DeletionsFirst(List<DiffStep> steps)
    {
        var run = new List<DiffStep>();
        foreach (var step in steps)
        {
            if (step.Operation != DiffOperation.Equal)
            {
                run.Add(step);
                continue;
            }
            foreach (var changed in run.OrderBy(s => s.Operation == DiffOperation.Insert))
            {
                yield return changed;
            }
            run.Clear();
            yield return step;
        }
        foreach (var changed in run.OrderBy(s => s.Operation == DiffOperation.Insert))
        {
            yield return changed;
        }
    }
}
