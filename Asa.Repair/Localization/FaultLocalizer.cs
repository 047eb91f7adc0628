using System.Globalization;
using System.Text.RegularExpressions;

namespace Asa.Repair.Localization;

/// <summary>
/// Ranks the checkout's files by how likely they hold the bug. Stack frames are the strongest evidence (the deepest
/// frame in the repository's own code most of all), then symbols the bug, output or reproduction test name and the
/// modules that test imports, then shared words. Tests rank below code with the same evidence: we fix code, not tests.
/// </summary>
public sealed partial class FaultLocalizer
{
    private const double DeepestFrameWeight = 12;
    private const double FrameWeight = 8;
    private const double TestFrameWeight = 3;
    private const double NamedInBugWeight = 4;
    private const double NamedInTestWeight = 3;
    private const double NamedInOutputWeight = 2;
    private const double NamedSymbolsCap = 8;
    private const double PathNamedWeight = 5;
    private const double ImportedWeight = 3;
    private const double LexicalWeight = 1.5;
    private const double TestFileFactor = 0.5;
    // A name defined in more files than this (run, get, __init__) says nothing about which one is meant.
    private const int MaxDefinitionsPerName = 12;
    private const int MaxImportedFiles = 8;
    private const int LexicalCandidates = 50;
    private const int MaxQueryChars = 200_000;
    private const int OutputTailForWords = 4_000;
    private const int MaxImplicatedLines = 20;
    private const int MaxReasons = 8;

    public IReadOnlyList<RankedFile> Rank(string checkoutRoot, LocalizationQuery query, CancellationToken cancellationToken) =>
        Rank(CheckoutSnapshot.Load(checkoutRoot, cancellationToken), query, cancellationToken);

    public IReadOnlyList<RankedFile> Rank(CheckoutSnapshot checkout, LocalizationQuery query, CancellationToken cancellationToken)
    {
        var evidence = new Dictionary<string, FileEvidence>(StringComparer.Ordinal);
        FileEvidence? For(string path) =>
            query.ExcludedFiles?.Contains(path) == true ? null
            : evidence.TryGetValue(path, out var found) ? found
            : evidence[path] = new FileEvidence(path, TestFileConvention.IsTest(path));

        AddFrames(checkout, Capped(query.FailureOutput), For, path => query.ExcludedFiles?.Contains(path) == true);
        cancellationToken.ThrowIfCancellationRequested();
        AddNamedSymbols(checkout, query, For);
        AddNamedPaths(checkout, query, For);
        AddImports(checkout, query.ReproductionTest, For);
        cancellationToken.ThrowIfCancellationRequested();
        AddSharedWords(checkout, query, For);

        return evidence.Values
            .Select(e => e.ToRankedFile(TestFileFactor, MaxImplicatedLines, MaxReasons))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static void AddFrames(CheckoutSnapshot checkout, string output, Func<string, FileEvidence?> evidenceFor, Func<string, bool> excluded)
    {
        var deepestSeen = false;
        var codeFrames = 0;
        foreach (var frame in FailureLocations.Parse(output))
        {
            var files = checkout.Paths.MatchPrinted(frame.Path);
            var where = frame.Function is null ? $"line {frame.Line}" : $"line {frame.Line} in {frame.Function}";
            foreach (var path in files)
            {
                if (evidenceFor(path) is not { } file)
                {
                    continue;
                }
                double weight;
                string reason;
                if (file.IsTest)
                {
                    (weight, reason) = (TestFrameWeight, $"stack frame {where}");
                }
                else if (!deepestSeen)
                {
                    (weight, reason) = (DeepestFrameWeight, $"deepest stack frame in the repository's code: {where}");
                }
                else
                {
                    // Frames further from the failure are callers; they matter less the further out they are.
                    (weight, reason) = (FrameWeight / (1 + (0.25 * codeFrames)), $"stack frame {where}");
                }
                file.AddFrame(weight / files.Count, frame.Line, reason);
            }
            // Excluded files are tests or protected by what they do (a Django-style tests.py): never "the repository's code".
            if (files.Count > 0 && files.Any(f => !TestFileConvention.IsTest(f) && !excluded(f)))
            {
                deepestSeen = true;
                codeFrames++;
            }
        }
    }

    private static void AddNamedSymbols(CheckoutSnapshot checkout, LocalizationQuery query, Func<string, FileEvidence?> evidenceFor)
    {
        var sources = new (string Text, double Weight, string Where)[]
        {
            (Capped(query.BugDescription), NamedInBugWeight, "the bug"),
            (Capped(query.ReproductionTest ?? ""), NamedInTestWeight, "the reproduction test"),
            (Capped(query.FailureOutput), NamedInOutputWeight, "the failure output"),
        };
        var named = new Dictionary<string, (double Weight, string Where)>(StringComparer.Ordinal);
        foreach (var (text, weight, where) in sources)
        {
            foreach (Match match in Identifier().Matches(text))
            {
                if (!named.ContainsKey(match.Value))
                {
                    named[match.Value] = (weight, where);
                }
            }
        }
        foreach (var (name, (weight, where)) in named.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            if (!checkout.Definitions.TryGetValue(name, out var definitions))
            {
                continue;
            }
            var files = definitions.Select(d => d.File).Distinct().Count();
            if (files > MaxDefinitionsPerName)
            {
                continue;
            }
            // Overloads and redefinitions count once per file.
            foreach (var (file, symbol) in definitions.DistinctBy(d => d.File))
            {
                evidenceFor(checkout.Files[file].Path)?.AddNamedSymbol(
                    weight / files, symbol.StartLine, $"defines {symbol.Kind} '{name}' named in {where}", NamedSymbolsCap);
            }
        }
    }

    private static void AddNamedPaths(CheckoutSnapshot checkout, LocalizationQuery query, Func<string, FileEvidence?> evidenceFor)
    {
        foreach (var (text, where) in new[] { (query.BugDescription, "the bug"), (query.ReproductionTest ?? "", "the reproduction test") })
        {
            var mentioned = PathMention().Matches(Capped(text)).Select(m => m.Value).Distinct(StringComparer.Ordinal);
            foreach (var files in mentioned.Select(checkout.Paths.MatchPrinted).Where(f => f.Count is > 0 and <= MaxImportedFiles))
            {
                foreach (var path in files)
                {
                    evidenceFor(path)?.Add(PathNamedWeight / files.Count, $"path named in {where}");
                }
            }
        }
    }

    private static void AddImports(CheckoutSnapshot checkout, string? reproductionTest, Func<string, FileEvidence?> evidenceFor)
    {
        if (string.IsNullOrEmpty(reproductionTest))
        {
            return;
        }
        var test = Capped(reproductionTest);
        var imported = ImportReferences.Modules(test).Select(checkout.Paths.MatchModule)
            .Concat(ImportReferences.GoPackages(test).Select(checkout.Paths.MatchPackageDirectory));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var files in imported.Where(f => f.Count is > 0 and <= MaxImportedFiles))
        {
            foreach (var path in files.Where(seen.Add))
            {
                evidenceFor(path)?.Add(ImportedWeight / files.Count, "imported by the reproduction test");
            }
        }
    }

    private static void AddSharedWords(CheckoutSnapshot checkout, LocalizationQuery query, Func<string, FileEvidence?> evidenceFor)
    {
        var output = query.FailureOutput.Length > OutputTailForWords ? query.FailureOutput[^OutputTailForWords..] : query.FailureOutput;
        var matches = checkout.Index.Search($"{Capped(query.BugDescription)}\n{Capped(query.ReproductionTest ?? "")}\n{output}", LexicalCandidates);
        if (matches.Count == 0)
        {
            return;
        }
        var best = matches[0].Score;
        foreach (var match in matches)
        {
            var relative = match.Score / best;
            evidenceFor(match.Path)?.Add(LexicalWeight * relative, string.Create(CultureInfo.InvariantCulture, $"shares words with the bug (BM25 {match.Score:0.0})"));
        }
    }

    private static string Capped(string text) => text.Length > MaxQueryChars ? text[..MaxQueryChars] : text;

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]{2,}\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[\w.\-/\\]*\w\.(?:py|pyi|cs|js|mjs|cjs|jsx|ts|tsx|java|kt|go|rb|rs|php|c|h|cpp|hpp|swift|scala)\b")]
    private static partial Regex PathMention();
}
