using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// Shifts a bound by one: adds "+ 1" or "- 1" after an operand that ends a comparison, an argument, an index or a
/// slice, or takes such a "± 1" away.
/// </summary>
public sealed class BoundShift : IMutationOperator
{
    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (IsSignature(site))
        {
            yield break;
        }
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Text is "+" or "-" && OperatorSwap.IsBinary(site, i) && site.At(i + 1) is { Kind: TokenKind.Number, Text: "1" } one
                && site.At(i + 2) is not { Text: "." or "(" or "[" or "*" or "/" or "%" or "**" })
            {
                var start = token.Start;
                while (start > 0 && site.Text[start - 1] is ' ' or '\t')
                {
                    start--;
                }
                yield return new MutationEdit("bound", $"drop '{token.Text} 1'", start, one.End - start, "", 0.5);
                continue;
            }
            if (!EndsOperand(site, i) || site.At(i + 1) is not { } next || !EndsBound(site, next))
            {
                continue;
            }
            yield return new MutationEdit("bound", $"'{token.Text}' to '{token.Text} + 1'", token.End, 0, " + 1", 0.5);
            yield return new MutationEdit("bound", $"'{token.Text}' to '{token.Text} - 1'", token.End, 0, " - 1", 0.5);
        }
    }

    private static bool EndsOperand(MutationSite site, int index)
    {
        var token = site[index];
        return token.Kind == TokenKind.Identifier && site.At(index + 1) is not { Text: "(" or "." or "[" or "?." }
               || token.Text is ")" or "]" && token.Kind == TokenKind.Punctuation;
    }

    private static bool EndsBound(MutationSite site, CodeToken next) =>
        next.Text is ")" or "]" or "," or ";" or "<" or "<=" or ">" or ">=" or "==" or "!=" or "===" or "!=="
        || next.Text == ":" && site.Language == SourceLanguage.Python
        || next.Line != site.Line;

    private static bool IsSignature(MutationSite site) =>
        site.Tokens.Skip(site.First).Take(site.End - site.First).Any(t => t.Text is "def" or "function" or "class" && t.Kind == TokenKind.Keyword);
}
