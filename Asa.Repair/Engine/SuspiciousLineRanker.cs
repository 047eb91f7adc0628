using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// Ranks the lines of the likeliest files: the file's rank from <see cref="FaultLocalizer"/>, the lines the failure's
/// stack frames and the named symbols point at (and the functions around them), the lines the failing tests
/// executed where that was measured, and the bug description's words in the line's identifiers.
/// </summary>
public sealed class SuspiciousLineRanker(FaultLocalizer localizer)
{
    private const int FilesConsidered = 8;

    public IReadOnlyList<SuspiciousLine> Rank(
        CheckoutSnapshot checkout, LocalizationQuery query, LineCoverage coverage, int count, CancellationToken cancellationToken)
    {
        var excluded = query.ExcludedFiles ?? new HashSet<string>();
        var ranked = localizer.Rank(checkout, query, cancellationToken)
            .Where(f => !f.IsTest && !excluded.Contains(f.Path) && Languages.Editable(f.Path) is not null)
            .ToList();
        var files = ranked.Take(FilesConsidered).ToList();
        // Files the failing tests ran that the file ranking missed are suspects too.
        foreach (var covered in coverage.Files.Where(p => files.All(f => f.Path != p)
                     && !TestFileConvention.IsTest(p) && !excluded.Contains(p) && Languages.Editable(p) is not null))
        {
            files.Add(ranked.FirstOrDefault(f => f.Path == covered) ?? new RankedFile(covered, 0, false, [], ["executed by the failing tests"]));
        }
        var topScore = Math.Max(files.Select(f => f.Score).DefaultIfEmpty(0).Max(), 1e-9);
        var bugWords = IdentifierTokens.Of(query.BugDescription).ToHashSet(StringComparer.Ordinal);

        var lines = new List<SuspiciousLine>();
        foreach (var file in files)
        {
            if (!checkout.IndexOf.TryGetValue(file.Path, out var index))
            {
                continue;
            }
            var language = Languages.Editable(file.Path)!.Value;
            var text = checkout.Files[index].Text;
            var symbols = checkout.Symbols[index];
            var fileWeight = 0.2 + 0.8 * (file.Score / topScore);
            var implicated = file.ImplicatedLines.Select((line, order) => (line, order)).GroupBy(p => p.line).ToDictionary(g => g.Key, g => g.Min(p => p.order));
            var definitionLines = symbols.Where(s => s.Kind is "function" or "method" or "class").Select(s => s.StartLine).ToHashSet();
            // A function, not the class around it: a class the failure names would lift every line of its file alike.
            var implicatedFunctions = symbols.Where(s => s.Kind is "function" or "method" or "property" && s.EndLine - s.StartLine < 400
                && implicated.Keys.Any(l => l >= s.StartLine && l <= s.EndLine)).ToList();
            foreach (var (lineNumber, lineTokens) in StatementLines(language, text))
            {
                var reasons = new List<string>();
                var score = fileWeight;
                var knownToRun = implicated.ContainsKey(lineNumber) || coverage.Executed(file.Path, lineNumber);
                if (definitionLines.Contains(lineNumber))
                {
                    // A failure that names a function or a type points into its body; the declaration rarely holds the bug.
                    score *= 0.5;
                }
                else if (implicated.TryGetValue(lineNumber, out var order))
                {
                    score *= order == 0 ? 4 : 2.5;
                    reasons.Add(order == 0 ? "named first by the failure" : "named by the failure");
                }
                else if (implicatedFunctions.Any(s => lineNumber > s.StartLine && lineNumber <= s.EndLine))
                {
                    score *= 1.6;
                    reasons.Add("in a function the failure names");
                }
                if (coverage.Measured && !coverage.Unmeasured(file.Path, lineNumber))
                {
                    if (coverage.Executed(file.Path, lineNumber))
                    {
                        score *= 2;
                        reasons.Add("executed by the failing tests");
                    }
                    else
                    {
                        score *= 0.1;
                    }
                }
                var shared = lineTokens.Where(t => t.Kind == TokenKind.Identifier)
                    .SelectMany(t => IdentifierTokens.Of(t.Text)).Distinct(StringComparer.Ordinal).Count(bugWords.Contains);
                if (shared > 0)
                {
                    score *= 1 + 0.25 * Math.Min(shared, 4);
                    reasons.Add($"{shared} word(s) of the bug description");
                }
                lines.Add(new SuspiciousLine(file.Path, lineNumber, score, reasons, knownToRun));
            }
        }
        return [.. lines.OrderByDescending(l => l.Score).ThenBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Line).Take(count)];
    }

    /// <summary>The lines that hold code worth editing: not blank, not only comments, braces or an import.</summary>
    private static IEnumerable<(int Line, IReadOnlyList<CodeToken> Tokens)> StatementLines(SourceLanguage language, string text)
    {
        var tokens = CodeTokenizer.Tokenize(language, text);
        foreach (var group in tokens.Where(t => t.Kind != TokenKind.Comment).GroupBy(t => t.Line))
        {
            var lineTokens = group.ToList();
            if (lineTokens.All(t => t.Kind == TokenKind.Punctuation)
                || lineTokens[0].Text is "import" or "using" or "package" or "from" or "namespace"
                || lineTokens.All(t => t.Kind is TokenKind.String or TokenKind.Punctuation))
            {
                continue;
            }
            yield return (group.Key, lineTokens);
        }
    }
}
