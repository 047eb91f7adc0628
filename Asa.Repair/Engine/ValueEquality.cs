using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// Two objects compared by identity where their values were meant, the fix patterns of the static checkers that find
/// the bug: in Java, <c>a == b</c> between objects becomes <c>a.equals(b)</c> (SpotBugs' ES_COMPARING_STRINGS_WITH_EQ and
/// RC_REF_COMPARISON, Error Prone's ReferenceEquality: boxed numbers above 127 and strings built at run time are other
/// objects), and a <c>BigDecimal</c>'s <c>equals</c>, which compares the scale too (2.0 is not 2.00), becomes
/// <c>compareTo(…) == 0</c> (Error Prone's BigDecimalEquals), where the file declares the receiver a <c>BigDecimal</c>, or
/// works with <c>BigDecimal</c> and does not say what the receiver is (a record of another file). In Python, <c>x is "done"</c> or <c>x is 1000</c> becomes
/// <c>==</c> (Pylint's literal-comparison, and the SyntaxWarning Python 3.8 gives it). An operand counts as an object
/// when the file declares it, or the method that gives it, with a class type, or else the repository's other Java files
/// do (<see cref="JavaDeclaredTypes"/>); a primitive, an enum of the file, an
/// array, <c>null</c> or a literal is left alone.
/// </summary>
public sealed class ValueEquality : IMutationOperator
{
    private const double Prior = 0.5;

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty)
        {
            return [];
        }
        return site.Language switch
        {
            SourceLanguage.Java => JavaEdits(site),
            SourceLanguage.Python => PythonEdits(site),
            _ => [],
        };
    }

    private static IEnumerable<MutationEdit> JavaEdits(MutationSite site)
    {
        var enums = site.Tokens.Zip(site.Tokens.Skip(1)).Where(pair => pair.First.Text == "enum").Select(pair => pair.Second.Text).ToHashSet(StringComparer.Ordinal);
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Kind == TokenKind.Operator && token.Text is "==" or "!="
                && OperandBefore(site, i) is { } left && OperandAfter(site, i) is { } right && Bounded(site, left.First - 1, right.Last + 1))
            {
                var (leftType, rightType) = (DeclaredType(site, left), DeclaredType(site, right));
                if (IsPrimitiveOrUnfit(leftType, enums) || IsPrimitiveOrUnfit(rightType, enums) || leftType is null && rightType is null)
                {
                    continue;
                }
                var (leftText, rightText) = (Text(site, left), Text(site, right));
                var span = site[right.Last].End - site[left.First].Start;
                var negation = token.Text == "!=" ? "!" : "";
                if (leftType == "BigDecimal" || rightType == "BigDecimal")
                {
                    yield return new MutationEdit("equality", $"compare '{leftText}' and '{rightText}' by value with compareTo", site[left.First].Start, span,
                        $"{leftText}.compareTo({rightText}) {token.Text} 0", Prior);
                }
                else
                {
                    yield return new MutationEdit("equality", $"'{token.Text}' to {negation}equals, comparing '{leftText}' and '{rightText}' by value", site[left.First].Start, span,
                        $"{negation}{leftText}.equals({rightText})", Prior);
                }
            }
            else if (token.Text == "equals" && site.At(i - 1) is { Text: "." } && site.At(i + 1) is { Text: "(" } && site.Closing(i + 1) is var close && close > i
                     && OperandBefore(site, i - 1) is { } receiver && DeclaredType(site, receiver) is var type
                     && (type == "BigDecimal" || type is null && site.Tokens.Any(t => t.Text == "BigDecimal")))
            {
                var negated = site.At(receiver.First - 1) is { Text: "!" };
                var start = negated ? site[receiver.First - 1].Start : site[receiver.First].Start;
                var argument = site.Text[site[i + 1].End..site[close].Start];
                yield return new MutationEdit("equality", $"compare '{Text(site, receiver)}' by value with compareTo, not equals, which weighs the scale too",
                    start, site[close].End - start, $"{Text(site, receiver)}.compareTo({argument}) {(negated ? "!=" : "==")} 0", Prior);
            }
        }
    }

    private static IEnumerable<MutationEdit> PythonEdits(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            if (site[i] is not { Kind: TokenKind.Keyword, Text: "is" })
            {
                continue;
            }
            var negated = site.At(i + 1) is { Text: "not" };
            var operand = negated ? i + 2 : i + 1;
            if (IsValueLiteral(site, operand) || IsValueLiteral(site, i - 1) && site.At(i - 2) is not { Text: "." })
            {
                var end = negated ? site[i + 1].End : site[i].End;
                var replacement = negated ? "!=" : "==";
                yield return new MutationEdit("equality", $"'{site.Text[site[i].Start..end]}' to '{replacement}' against a literal", site[i].Start, end - site[i].Start, replacement, Prior);
            }
        }
    }

    /// <summary>A string or number that stands alone (not the receiver of a call), whose identity Python does not promise.</summary>
    private static bool IsValueLiteral(MutationSite site, int index) =>
        site.At(index) is { Kind: TokenKind.String or TokenKind.Number } && site.At(index + 1) is not { Text: "." or "[" or "(" };

    /// <summary>
    /// Whether the tokens around a comparison bind more loosely than it, so its operands are the chains found
    /// (<c>a + b == c</c> compares a sum, not <c>b</c>).
    /// </summary>
    private static bool Bounded(MutationSite site, int before, int after) =>
        (before < site.First || site[before].Text is "(" or "&&" or "||" or "=" or "return" or "," or "?" or ":")
        && (after >= site.End || site[after].Text is ")" or "&&" or "||" or ";" or "," or "?" or ":");

    private static bool IsPrimitiveOrUnfit(string? type, HashSet<string> enums) =>
        type is not null && (type is "primitive" or "[]" or "literal" || enums.Contains(type));

    private static string Text(MutationSite site, (int First, int Last) operand) => site.Text[site[operand.First].Start..site[operand.Last].End];

    /// <summary>
    /// The type the file gives the operand's last name: "primitive", "[]" for an array, "literal" for null, a number, a
    /// character or a boolean, the class's simple name, or null when the file does not say.
    /// </summary>
    private static string? DeclaredType(MutationSite site, (int First, int Last) operand)
    {
        if (operand.First == operand.Last && IsLiteral(site[operand.First]))
        {
            return site[operand.First].Kind == TokenKind.String && site[operand.First].Text.StartsWith('"') ? "String" : "literal";
        }
        var called = site[operand.Last].Is(")");
        var nameAt = called ? site.Opening(operand.Last) - 1 : operand.Last;
        if (nameAt < operand.First || site[nameAt].Kind != TokenKind.Identifier)
        {
            return null;
        }
        var name = site[nameAt].Text;
        for (var k = 1; k + 1 < site.Tokens.Count; k++)
        {
            if (site[k].Text == name && k != nameAt && site[k + 1].Is("(") == called && JavaDeclaredTypes.Declared(site.Tokens, k) is { } type)
            {
                return type;
            }
        }
        return site.RepositoryTypes?.GetValueOrDefault(called ? name + "(" : name);
    }

    /// <summary>The literal, or the name, field, call or index chain (<see cref="OperandChain"/>), that ends just before the token at <paramref name="at"/>, on the line.</summary>
    private static (int First, int Last)? OperandBefore(MutationSite site, int at) =>
        site.At(at - 1) is { } before && at - 1 >= site.First && IsLiteral(before) ? (at - 1, at - 1) : OperandChain.EndingAt(site.Tokens, at - 1, site.First);

    /// <summary>The literal, or the name, field, call or index chain, that starts just after the token at <paramref name="at"/>, on the line.</summary>
    private static (int First, int Last)? OperandAfter(MutationSite site, int at) =>
        at + 1 < site.End && IsLiteral(site[at + 1]) ? (at + 1, at + 1) : OperandChain.StartingAt(site.Tokens, at + 1, site.End);

    private static bool IsLiteral(CodeToken token) => token.Kind is TokenKind.Number or TokenKind.String || token.Text is "null" or "true" or "false";
}
