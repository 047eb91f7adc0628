namespace Asa.Repair.Engine;

/// <summary>
/// Edits that break code written in parallel: one that makes an element of a list, a tuple or an argument list repeat
/// another (a sort key compares the same thing twice, the element it replaced no longer counts), and one that makes an
/// operation between two objects read different attributes of each where both read the same (<c>a.bay - b.bay</c> to
/// <c>a.aisle - b.bay</c>). Code written in parallel is meant to stay so; the inconsistency is what copy-and-paste
/// bug detectors look for (Li et al., "CP-Miner", OSDI 2004), and an edit that makes one passes weak tests by accident.
/// </summary>
public static class BrokenParallel
{
    private static readonly HashSet<string> PairingOperators = new(StringComparer.Ordinal)
    {
        "-", "+", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "===", "!==",
    };

    /// <summary>What the edit breaks, in words; null when it keeps the code's parallels.</summary>
    public static string? Of(Indexing.SourceLanguage language, CandidateEdit candidate)
    {
        var before = Code(language, candidate.Original);
        var after = Code(language, candidate.Changed);
        var repeated = RepeatedElements(after).Except(RepeatedElements(before), StringComparer.Ordinal).FirstOrDefault();
        if (repeated is not null)
        {
            return $"makes '{repeated}' appear twice in one list, so the element it replaced no longer counts";
        }
        var (matchedBefore, _) = Pairings(before);
        var (matchedAfter, mismatched) = Pairings(after);
        return matchedAfter < matchedBefore && mismatched.Count > 0
            ? $"pairs '{mismatched[0]}', where both sides read the same attribute before"
            : null;
    }

    private static List<CodeToken> Code(Indexing.SourceLanguage language, string text) =>
        CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();

    /// <summary>The elements (of two tokens or more, with a name in them) that a bracketed, comma-separated list holds more than once.</summary>
    private static List<string> RepeatedElements(List<CodeToken> tokens)
    {
        var repeated = new List<string>();
        var open = new Stack<List<string>>();
        var element = new Stack<List<CodeToken>>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation && token.Text is "(" or "[" or "{")
            {
                element.TryPeek(out var outer);
                outer?.Add(token);
                open.Push([]);
                element.Push([]);
                continue;
            }
            if (token.Kind == TokenKind.Punctuation && token.Text is ")" or "]" or "}" && open.Count > 0)
            {
                var elements = open.Pop();
                elements.Add(Text(element.Pop()));
                var seen = new HashSet<string>(StringComparer.Ordinal);
                repeated.AddRange(elements.Where(e => e.Length > 0 && e.Contains('.') && !seen.Add(e)));
                if (element.TryPeek(out var outer))
                {
                    outer.Add(token);
                }
                continue;
            }
            if (token.Text == "," && open.Count > 0)
            {
                open.Peek().Add(Text(element.Peek()));
                element.Peek().Clear();
                continue;
            }
            if (element.TryPeek(out var current))
            {
                current.Add(token);
            }
        }
        return repeated;
    }

    private static string Text(List<CodeToken> tokens) =>
        tokens.Count >= 2 && tokens.Any(t => t.Kind == TokenKind.Identifier) ? string.Concat(tokens.Select(t => t.Text)) : "";

    /// <summary>Operations between two objects' attributes: how many read the same attribute of both, and those that read different ones.</summary>
    private static (int Matched, List<string> Mismatched) Pairings(List<CodeToken> tokens)
    {
        var matched = 0;
        var mismatched = new List<string>();
        for (var i = 0; i + 6 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Identifier || tokens[i + 1].Text != "." || tokens[i + 2].Kind != TokenKind.Identifier
                || !PairingOperators.Contains(tokens[i + 3].Text)
                || tokens[i + 4].Kind != TokenKind.Identifier || tokens[i + 5].Text != "." || tokens[i + 6].Kind != TokenKind.Identifier
                || tokens[i].Text == tokens[i + 4].Text || i > 0 && tokens[i - 1].Text is "." or "?."
                || i + 7 < tokens.Count && tokens[i + 7].Text is "." or "(" or "[")
            {
                continue;
            }
            if (tokens[i + 2].Text == tokens[i + 6].Text)
            {
                matched++;
            }
            else
            {
                mismatched.Add($"{tokens[i].Text}.{tokens[i + 2].Text} {tokens[i + 3].Text} {tokens[i + 4].Text}.{tokens[i + 6].Text}");
            }
        }
        return (matched, mismatched);
    }
}
