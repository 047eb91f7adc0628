using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// How usual a line of code is in its own repository: a token trigram model of the repository's code in one language
/// (comments left out), interpolated with bigrams and smoothed unigrams. Code is repetitive, and buggy lines are
/// measurably less "natural" than the lines around them, while their fixes are more so (Hindle et al., "On the
/// Naturalness of Software", ICSE 2012; Ray et al., "On the 'Naturalness' of Buggy Code", ICSE 2016): of two edits
/// that pass the same tests, the one that makes its lines agree better with the rest of the code is likelier right.
/// </summary>
public sealed class NaturalnessModel
{
    private const double TrigramWeight = 0.6;
    private const double BigramWeight = 0.3;
    private const double UnigramWeight = 0.1;
    private const string Start = "<s>";

    private readonly Dictionary<string, int> unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> bigrams = [];
    private readonly Dictionary<(string, string, string), int> trigrams = [];
    private readonly Dictionary<string, int> bigramContexts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> trigramContexts = [];
    private int tokenCount;

    private NaturalnessModel()
    {
    }

    /// <summary>The model of every file of the checkout in <paramref name="language"/>, test files included: they are code of the project too.</summary>
    public static NaturalnessModel Of(CheckoutSnapshot checkout, SourceLanguage language)
    {
        var model = new NaturalnessModel();
        foreach (var file in checkout.Files.Where(f => Languages.Editable(f.Path) == language))
        {
            foreach (var line in Lines(language, file.Text))
            {
                model.Count(line, +1);
            }
        }
        return model;
    }

    /// <summary>
    /// How much more natural the edit makes the code it changes, in bits per token: the mean cross-entropy of the
    /// changed lines with one line of context on each side after the edit, minus the same before it (negative when the
    /// edit makes the code more usual; the context keeps a deletion or an insertion comparable with a replacement). The
    /// original lines are left out of the counts while they are scored, so the buggy line does not vouch for itself.
    /// </summary>
    public double EntropyChange(SourceLanguage language, string original, string changed)
    {
        var before = Lines(language, original);
        var after = Lines(language, changed);
        var (prefix, suffix) = CommonEnds.Of(before, after, LineComparer.Instance);
        var removed = before.GetRange(prefix, before.Count - prefix - suffix);
        foreach (var line in removed)
        {
            Count(line, -1);
        }
        try
        {
            return MeanEntropy(Window(after, prefix, suffix)) - MeanEntropy(Window(before, prefix, suffix));
        }
        finally
        {
            foreach (var line in removed)
            {
                Count(line, +1);
            }
        }
    }

    /// <summary>The mean cross-entropy, in bits per token, of the lines' tokens, each predicted from the two before it on its line.</summary>
    public double MeanEntropy(IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var bits = 0.0;
        var tokens = 0;
        foreach (var line in lines)
        {
            var (before2, before1) = (Start, Start);
            foreach (var token in line)
            {
                bits -= Math.Log2(Probability(before2, before1, token));
                tokens++;
                (before2, before1) = (before1, token);
            }
        }
        return tokens == 0 ? 0 : bits / tokens;
    }

    private double Probability(string before2, string before1, string token)
    {
        var unigram = (unigrams.GetValueOrDefault(token) + 1.0) / (tokenCount + unigrams.Count + 1.0);
        var bigramContext = bigramContexts.GetValueOrDefault(before1);
        var bigram = bigramContext == 0 ? unigram : (double)bigrams.GetValueOrDefault((before1, token)) / bigramContext;
        var trigramContext = trigramContexts.GetValueOrDefault((before2, before1));
        var trigram = trigramContext == 0 ? bigram : (double)trigrams.GetValueOrDefault((before2, before1, token)) / trigramContext;
        return TrigramWeight * trigram + BigramWeight * bigram + UnigramWeight * unigram;
    }

    private void Count(IReadOnlyList<string> line, int delta)
    {
        var (before2, before1) = (Start, Start);
        foreach (var token in line)
        {
            Add(unigrams, token, delta);
            tokenCount += delta;
            Add(bigramContexts, before1, delta);
            Add(bigrams, (before1, token), delta);
            Add(trigramContexts, (before2, before1), delta);
            Add(trigrams, (before2, before1, token), delta);
            (before2, before1) = (before1, token);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int delta) where TKey : notnull
    {
        var count = counts.GetValueOrDefault(key) + delta;
        if (count > 0)
        {
            counts[key] = count;
        }
        else
        {
            counts.Remove(key);
        }
    }

    /// <summary>The file's tokens, comments left out, grouped by the line they start on.</summary>
    private static List<IReadOnlyList<string>> Lines(SourceLanguage language, string text) =>
        [.. CodeTokenizer.Tokenize(language, text)
            .Where(t => t.Kind != TokenKind.Comment)
            .GroupBy(t => t.Line)
            .Select(line => (IReadOnlyList<string>)[.. line.Select(t => t.Text)])];

    /// <summary>The lines between the common ends, with the line before and the line after them.</summary>
    private static List<IReadOnlyList<string>> Window(List<IReadOnlyList<string>> lines, int prefix, int suffix)
    {
        var start = Math.Max(0, prefix - 1);
        var end = Math.Min(lines.Count, lines.Count - suffix + 1);
        return lines.GetRange(start, Math.Max(0, end - start));
    }

    /// <summary>Two lines are the same when their tokens are.</summary>
    private sealed class LineComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly LineComparer Instance = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) => x is null ? y is null : y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<string> line) => line.Count;
    }
}
