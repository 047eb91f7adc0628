namespace Asa.Repair.Localization;

/// <summary>
/// Okapi BM25 over the checkout's files, terms from <see cref="IdentifierTokens"/>. The path's terms count as part
/// of the file, since a file name usually says what the file is about. Build once per checkout.
/// </summary>
public sealed class LexicalIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int PathTermWeight = 3;
    private const int MaxQueryTerms = 256;

    private readonly string[] paths;
    private readonly int[] lengths;
    private readonly double averageLength;
    private readonly Dictionary<string, List<(int Document, int Frequency)>> postings = new(StringComparer.Ordinal);

    private LexicalIndex(IReadOnlyList<SourceFile> files)
    {
        paths = files.Select(f => f.Path).ToArray();
        lengths = new int[files.Count];
        var termCounts = new Dictionary<string, int>[files.Count];
        Parallel.For(0, files.Count, document =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            IdentifierTokens.CountInto(files[document].Text, counts, 1);
            IdentifierTokens.CountInto(files[document].Path, counts, PathTermWeight);
            termCounts[document] = counts;
        });
        for (var document = 0; document < files.Count; document++)
        {
            foreach (var (term, frequency) in termCounts[document])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add((document, frequency));
                lengths[document] += frequency;
            }
        }
        averageLength = files.Count == 0 ? 1 : Math.Max(1, lengths.Average());
    }

    public int DocumentCount => paths.Length;

    public static LexicalIndex Build(IReadOnlyList<SourceFile> files) => new(files);

    /// <summary>The <paramref name="top"/> best files for the query's terms, best first, ties by path.</summary>
    public IReadOnlyList<LexicalMatch> Search(string query, int top)
    {
        var terms = IdentifierTokens.Of(query).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms);
        var scores = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }
            var idf = Math.Log(1 + ((paths.Length - list.Count + 0.5) / (list.Count + 0.5)));
            foreach (var (document, frequency) in list)
            {
                var norm = K1 * (1 - B + (B * lengths[document] / averageLength));
                scores[document] = scores.GetValueOrDefault(document) + (idf * frequency * (K1 + 1) / (frequency + norm));
            }
        }
        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => paths[s.Key], StringComparer.Ordinal)
            .Take(top)
            .Select(s => new LexicalMatch(paths[s.Key], s.Value))
            .ToList();
    }
}
