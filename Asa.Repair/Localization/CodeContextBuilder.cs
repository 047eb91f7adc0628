namespace Asa.Repair.Localization;

/// <summary>
/// Chooses the code the model is shown, greedily by rank and never over the token budget: a whole file when it fits
/// in half the budget, else the symbols enclosing its implicated lines with a little margin, else a window around
/// each line, else nothing.
/// </summary>
public static class CodeContextBuilder
{
    private const int SymbolMargin = 2;
    private const int MaxSymbolLines = 250;
    private static readonly int[] WindowRadii = [12, 4];
    // Below this there is no room for even a header and a few lines.
    private const int MinUsefulTokens = 24;

    public static CodeContext Build(string checkoutRoot, IReadOnlyList<RankedFile> ranked, int tokenBudget, Func<string, int> countTokens)
    {
        var excerpts = new List<CodeExcerpt>();
        var omitted = new List<string>();
        var separator = countTokens(Separator);
        var used = 0;
        foreach (var file in ranked)
        {
            var remaining = tokenBudget - used;
            if (remaining < MinUsefulTokens || ReadInside(checkoutRoot, file.Path) is not { } text)
            {
                omitted.Add(file.Path);
                continue;
            }
            var chosen = Choose(file, new SourceText(text), tokenBudget, remaining - (excerpts.Count > 0 ? separator : 0), separator, countTokens);
            if (chosen.Excerpts.Count == 0)
            {
                omitted.Add(file.Path);
                continue;
            }
            excerpts.AddRange(chosen.Excerpts);
            used += chosen.Cost + (excerpts.Count > chosen.Excerpts.Count ? separator : 0);
        }

        // Block counts add up only approximately (tokens merge across block boundaries), so the whole is counted again.
        var tokens = countTokens(Render(excerpts));
        while (tokens > tokenBudget && excerpts.Count > 0)
        {
            var dropped = excerpts[^1];
            excerpts.RemoveAt(excerpts.Count - 1);
            if (!excerpts.Any(e => e.Path == dropped.Path))
            {
                omitted.Add(dropped.Path);
            }
            tokens = countTokens(Render(excerpts));
        }
        return new CodeContext(excerpts, tokens, omitted);
    }

    /// <summary>Each excerpt as a header line (<c>### path (lines a-b of n)</c>) and a fenced block with the text unchanged.</summary>
    public static string Render(CodeContext context) => Render(context.Excerpts);

    private const string Separator = "\n";

    private static string Render(IEnumerable<CodeExcerpt> excerpts) => string.Join(Separator, excerpts.Select(CodeContextRendering.Block));

    private static (IReadOnlyList<CodeExcerpt> Excerpts, int Cost) Choose(
        RankedFile file, SourceText source, int tokenBudget, int remaining, int separator, Func<string, int> countTokens)
    {
        var total = source.LineCount;
        if (total == 0)
        {
            return ([], 0);
        }
        var whole = new CodeExcerpt(file.Path, 1, total, source.Text, WholeFile: true) { TotalLines = total };
        var wholeCost = countTokens(CodeContextRendering.Block(whole));
        if (wholeCost <= remaining && wholeCost <= tokenBudget / 2)
        {
            return ([whole], wholeCost);
        }

        var symbols = SymbolExtractor.Extract(file.Path, source.Text);
        var chosen = new List<(int Start, int End)>();
        var cost = 0;
        foreach (var line in file.ImplicatedLines.Where(l => l >= 1 && l <= total))
        {
            if (chosen.Any(r => r.Start <= line && line <= r.End))
            {
                continue;
            }
            foreach (var (start, end) in Candidates(line, symbols, total))
            {
                var (clippedStart, clippedEnd) = Clip(start, end, line, chosen);
                var price = countTokens(CodeContextRendering.Block(Excerpt(file.Path, source, clippedStart, clippedEnd))) + (chosen.Count > 0 ? separator : 0);
                if (cost + price <= remaining)
                {
                    chosen.Add((clippedStart, clippedEnd));
                    cost += price;
                    break;
                }
            }
        }
        return (chosen.OrderBy(r => r.Start).Select(r => Excerpt(file.Path, source, r.Start, r.End)).ToList(), cost);
    }

    // The innermost symbol around the line first, then ever narrower windows.
    private static IEnumerable<(int Start, int End)> Candidates(int line, IReadOnlyList<CodeSymbol> symbols, int total)
    {
        var enclosing = symbols
            .Where(s => s.StartLine <= line && line <= s.EndLine && s.EndLine - s.StartLine < MaxSymbolLines)
            .OrderBy(s => s.EndLine - s.StartLine)
            .FirstOrDefault();
        if (enclosing is not null)
        {
            yield return (Math.Max(1, enclosing.StartLine - SymbolMargin), Math.Min(total, enclosing.EndLine + SymbolMargin));
        }
        foreach (var radius in WindowRadii)
        {
            yield return (Math.Max(1, line - radius), Math.Min(total, line + radius));
        }
    }

    // Excerpts of one file never overlap: a new one stops where a chosen one begins or ends.
    private static (int Start, int End) Clip(int start, int end, int line, List<(int Start, int End)> chosen)
    {
        foreach (var (otherStart, otherEnd) in chosen)
        {
            if (otherEnd < line)
            {
                start = Math.Max(start, otherEnd + 1);
            }
            else if (otherStart > line)
            {
                end = Math.Min(end, otherStart - 1);
            }
        }
        return (start, end);
    }

    private static CodeExcerpt Excerpt(string path, SourceText source, int start, int end) =>
        new(path, start, end, source.Lines(start, end), WholeFile: start == 1 && end == source.LineCount) { TotalLines = source.LineCount };

    // Ranked paths come from the checkout, but a path that leaves it or passes through a link is never read.
    private static string? ReadInside(string checkoutRoot, string relativePath)
    {
        var root = Path.GetFullPath(checkoutRoot);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        for (var current = new FileInfo(full) as FileSystemInfo; current.FullName.Length > root.TrimEnd(Path.DirectorySeparatorChar).Length;
             current = Directory.GetParent(current.FullName)!)
        {
            if (!current.Exists || current.LinkTarget is not null)
            {
                return null;
            }
        }
        var file = new FileInfo(full);
        return file.Length <= CheckoutFiles.MaxFileBytes ? CheckoutFiles.ReadText(file) : null;
    }
}
