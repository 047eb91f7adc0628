using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>Swaps a comparison, arithmetic, bitwise-assignment or boolean operator, or a boolean literal, for its likeliest mistakes.</summary>
public sealed class OperatorSwap : IMutationOperator
{
    private static readonly Dictionary<string, string[]> CLike = new(StringComparer.Ordinal)
    {
        ["<"] = ["<=", ">"], ["<="] = ["<", ">="], [">"] = [">=", "<"], [">="] = [">", "<="],
        ["=="] = ["!="], ["!="] = ["=="], ["==="] = ["!=="], ["!=="] = ["==="],
        ["+"] = ["-"], ["-"] = ["+"], ["*"] = ["/"], ["/"] = ["*", "%"], ["%"] = ["/"],
        ["+="] = ["-="], ["-="] = ["+="], ["*="] = ["/="], ["/="] = ["*="], ["++"] = ["--"], ["--"] = ["++"],
        ["&="] = ["|=", "^="], ["|="] = ["&=", "^="], ["^="] = ["&=", "|="],
        ["&&"] = ["||"], ["||"] = ["&&"], ["true"] = ["false"], ["false"] = ["true"],
    };

    private static readonly Dictionary<string, string[]> Python = new(StringComparer.Ordinal)
    {
        ["<"] = ["<=", ">"], ["<="] = ["<", ">="], [">"] = [">=", "<"], [">="] = [">", "<="],
        ["=="] = ["!="], ["!="] = ["=="],
        ["+"] = ["-"], ["-"] = ["+"], ["*"] = ["/"], ["/"] = ["//", "*"], ["//"] = ["/", "%"], ["%"] = ["//"],
        ["+="] = ["-="], ["-="] = ["+="], ["*="] = ["/="], ["/="] = ["*="], ["//="] = ["/="],
        ["&="] = ["|=", "^="], ["|="] = ["&=", "^="], ["^="] = ["&=", "|="],
        ["and"] = ["or"], ["or"] = ["and"], ["True"] = ["False"], ["False"] = ["True"],
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        var table = site.Language == SourceLanguage.Python ? Python : CLike;
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Kind is not (TokenKind.Operator or TokenKind.Keyword) || !table.TryGetValue(token.Text, out var replacements))
            {
                continue;
            }
            if (token.Text is "<" or ">" && !IsComparison(site, token))
            {
                continue;
            }
            if (token.Text is "-" or "+" && !IsBinary(site, i))
            {
                continue;
            }
            foreach (var replacement in replacements)
            {
                // Turning a loop's condition around mostly keeps the loop from running at all: that passes weak tests by
                // deleting what the loop did, so it is tried late.
                var prior = InLoopHeader(site) && Direction(token.Text) * Direction(replacement) < 0 ? 0.15 : 1.0;
                yield return new MutationEdit("operator", $"'{token.Text}' to '{replacement}'", token.Start, token.Text.Length, replacement, prior);
            }
        }

        if (site.Language == SourceLanguage.Python)
        {
            foreach (var edit in PythonMembership(site))
            {
                yield return edit;
            }
        }
    }

    private static bool InLoopHeader(MutationSite site) => !site.IsEmpty && site[site.First].Text is "for" or "while";

    private static int Direction(string comparison) => comparison switch
    {
        "<" or "<=" => -1,
        ">" or ">=" => 1,
        _ => 0,
    };

    /// <summary>Whether the 'in' at <paramref name="index"/> is a for loop's or a comprehension's ("for a, b in").</summary>
    private static bool IsLoopTarget(MutationSite site, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var token = site[i];
            if (token.Text == "for" && token.Kind == TokenKind.Keyword)
            {
                return true;
            }
            if (token.Kind != TokenKind.Identifier && token.Text is not ("," or "(" or ")"))
            {
                return false;
            }
        }
        return false;
    }

    // A generic's angle brackets (List<int>) touch the names beside them; a comparison is written with spaces.
    private static bool IsComparison(MutationSite site, CodeToken token) =>
        site.Language == SourceLanguage.Python
        || token.Start > 0 && char.IsWhiteSpace(site.Text[token.Start - 1]) && token.End < site.Text.Length && char.IsWhiteSpace(site.Text[token.End]);

    public static bool IsBinary(MutationSite site, int index) =>
        site.At(index - 1) is { } before
        && (before.Kind is TokenKind.Identifier or TokenKind.Number or TokenKind.String || before.Text is ")" or "]");

    private static IEnumerable<MutationEdit> PythonMembership(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            var next = site.At(i + 1);
            if (token.Text == "is" && token.Kind == TokenKind.Keyword)
            {
                yield return next is { Text: "not" } n
                    ? new MutationEdit("operator", "'is not' to 'is'", token.Start, n.End - token.Start, "is", 1.0)
                    : new MutationEdit("operator", "'is' to 'is not'", token.Start, token.Text.Length, "is not", 1.0);
            }
            else if (token.Text == "in" && token.Kind == TokenKind.Keyword && site.At(i - 1) is { } before && !IsLoopTarget(site, i))
            {
                yield return before.Text == "not"
                    ? new MutationEdit("operator", "'not in' to 'in'", before.Start, token.End - before.Start, "in", 1.0)
                    : new MutationEdit("operator", "'in' to 'not in'", token.Start, token.Text.Length, "not in", 1.0);
            }
        }
    }
}
