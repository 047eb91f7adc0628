using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// An edit that makes a collection the file always looks up by one name be looked up by another at one place
/// (<c>self._on_hand[sku]</c> five times, then <c>self._on_hand[reason]</c>): code that holds a belief everywhere and
/// breaks it once is the deviation Engler et al. infer bugs from ("Bugs as Deviant Behavior", SOSP 2001), so an edit
/// that creates one is no fix even when weak tests pass it. Lookups are subscripts and the usual map calls
/// (<c>get</c>, <c>put</c>, <c>containsKey</c>, <c>TryGetValue</c>, …) whose first argument is a plain name; the belief
/// counts when every such lookup of the collection uses the same name, at least three times, and that name is longer
/// than a loop counter's one letter.
/// </summary>
public static class DeviantKey
{
    private const int BeliefStrength = 3;

    private static readonly HashSet<string> LookupMethods = new(StringComparer.Ordinal)
    {
        "get", "put", "getOrDefault", "containsKey", "remove", "merge", "computeIfAbsent", "putIfAbsent",
        "setdefault", "pop", "has", "set", "delete", "TryGetValue", "ContainsKey", "Remove", "TryAdd", "GetValueOrDefault",
    };

    /// <summary>What the edit breaks, in words; null when it creates no such deviation.</summary>
    public static string? Of(SourceLanguage language, CandidateEdit candidate)
    {
        var before = Lookups(language, candidate.Original);
        var after = Lookups(language, candidate.Changed);
        foreach (var (collection, keys) in after)
        {
            if (!before.TryGetValue(collection, out var held) || held.Count != 1)
            {
                continue;
            }
            var (believed, times) = held.Single();
            if (times < BeliefStrength || believed.Length < 2)
            {
                continue;
            }
            var deviant = keys.Keys.FirstOrDefault(key => key != believed);
            if (deviant is not null)
            {
                return $"looks '{collection}' up by '{deviant}' where the rest of the file always looks it up by '{believed}'";
            }
        }
        return null;
    }

    /// <summary>For each collection looked up by a plain name, how often each name is used.</summary>
    private static Dictionary<string, Dictionary<string, int>> Lookups(SourceLanguage language, string text)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var lookups = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            var (receiverEnd, key) = tokens[i].Is("[") && tokens[i + 2].Is("]") ? (i - 1, tokens[i + 1])
                : tokens[i].Is("(") && tokens[i - 1].Kind == TokenKind.Identifier && LookupMethods.Contains(tokens[i - 1].Text)
                  && i >= 3 && tokens[i - 2].Is(".") && tokens[i + 2].Text is "," or ")" ? (i - 3, tokens[i + 1])
                : (-1, default);
            if (receiverEnd < 0 || key.Kind != TokenKind.Identifier || Receiver(tokens, receiverEnd) is not { } receiver)
            {
                continue;
            }
            if (!lookups.TryGetValue(receiver, out var keys))
            {
                lookups[receiver] = keys = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            keys[key.Text] = keys.GetValueOrDefault(key.Text) + 1;
        }
        return lookups;
    }

    /// <summary>The dotted name ending at <paramref name="end"/> (<c>self._on_hand</c>, <c>this.stock</c>, <c>totals</c>); null when it is not one.</summary>
    private static string? Receiver(IReadOnlyList<CodeToken> tokens, int end)
    {
        if (tokens[end].Kind != TokenKind.Identifier)
        {
            return null;
        }
        var start = end;
        while (start >= 2 && tokens[start - 1].Is(".") && (tokens[start - 2].Kind == TokenKind.Identifier || tokens[start - 2].Text is "self" or "this"))
        {
            start -= 2;
        }
        return string.Concat(tokens.Skip(start).Take(end - start + 1).Select(t => t.Text));
    }
}
