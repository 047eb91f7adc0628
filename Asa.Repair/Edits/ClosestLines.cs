namespace Asa.Repair.Edits;

/// <summary>
/// Finds the window of a file that looks most like a SEARCH section that did not match, line by line,
/// so the model can be shown what the file really says there.
/// </summary>
internal static class ClosestLines
{
    public const int MaxQuotedLines = 40;

    /// <summary>The 0-based first line and length of the best window, or null when no line resembles the search at all.</summary>
    public static (int Start, int Count)? Find(IReadOnlyList<string> fileLines, IReadOnlyList<string> searchLines)
    {
        var count = Math.Min(searchLines.Count, fileLines.Count);
        if (count == 0)
        {
            return null;
        }
        var fileGrams = fileLines.Select(line => Bigrams(line.Trim())).ToArray();
        var searchGrams = searchLines.Select(line => Bigrams(line.Trim())).ToArray();
        var bestStart = -1;
        var bestScore = 0.0;
        for (var start = 0; start + count <= fileLines.Count; start++)
        {
            var score = 0.0;
            for (var k = 0; k < count; k++)
            {
                score += Similarity(fileGrams[start + k], searchGrams[k]);
            }
            if (score > bestScore)
            {
                (bestStart, bestScore) = (start, score);
            }
        }
        return bestStart < 0 ? null : (bestStart, count);
    }

    /// <summary>Dice coefficient over character pairs: cheap, and tolerant of the small slips a model makes when quoting.</summary>
    private static double Similarity(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }
        var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    private static HashSet<int> Bigrams(string line)
    {
        var grams = new HashSet<int>();
        for (var i = 0; i + 1 < line.Length; i++)
        {
            grams.Add((line[i] << 16) | line[i + 1]);
        }
        if (line.Length == 1)
        {
            grams.Add(line[0]);
        }
        return grams;
    }
}
