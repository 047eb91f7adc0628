using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// The arithmetic chains of a line: operands joined by <c>+ - * / %</c> (and Python's <c>//</c>) at one bracket depth.
/// An operand is a name, number, string, call, index or bracketed group with its prefix signs and its postfix parts;
/// <c>a ** b</c> and <c>a.b</c> are one operand, as they bind tighter than any operator of the chain. A chain that goes
/// on past the line, or that another operator continues, is left out: its other half is not seen.
/// </summary>
internal static class ArithmeticChains
{
    public sealed class Chain(IReadOnlyList<(int First, int Last)> operands, IReadOnlyList<int> operators, IReadOnlyList<bool> additive)
    {
        /// <summary>The first and last token of each operand.</summary>
        public IReadOnlyList<(int First, int Last)> Operands { get; } = operands;

        /// <summary>The operator tokens: the one at k joins operands k and k + 1.</summary>
        public IReadOnlyList<int> Operators { get; } = operators;

        /// <summary>The terms of the sum: the first and last operand of each product (a lone operand is a product of one).</summary>
        public IReadOnlyList<(int First, int Last)> Terms()
        {
            var terms = new List<(int, int)>();
            var start = 0;
            for (var k = 0; k < Operators.Count; k++)
            {
                if (additive[k])
                {
                    terms.Add((start, k));
                    start = k + 1;
                }
            }
            terms.Add((start, Operands.Count - 1));
            return terms;
        }
    }

    private static readonly HashSet<string> Literals = new(StringComparer.Ordinal)
    {
        "True", "False", "None", "self", "cls", "this", "true", "false", "null", "undefined", "super", "base",
    };

    public static List<Chain> OnLine(MutationSite site)
    {
        var chains = new List<Chain>();
        Scan(site, site.First, site.End, chains);
        return chains;
    }

    /// <summary>Whether the operand is a string literal, or has one outside its brackets ('"a" + b', not 'len("a") + b').</summary>
    public static bool IsStringLiteral(MutationSite site, (int First, int Last) operand)
    {
        var depth = 0;
        for (var i = operand.First; i <= operand.Last; i++)
        {
            var token = site[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                depth += token.Text is "(" or "[" or "{" ? 1 : token.Text is ")" or "]" or "}" ? -1 : 0;
            }
            else if (depth == 0 && token.Kind == TokenKind.String)
            {
                return true;
            }
        }
        return false;
    }

    private static void Scan(MutationSite site, int from, int to, List<Chain> chains)
    {
        var operands = new List<(int, int)>();
        var operators = new List<int>();
        var additive = new List<bool>();
        var operandStart = -1;
        var operandOpen = false;
        var glued = false;

        void Flush(int next)
        {
            if (operandOpen)
            {
                operands.Add((operandStart, next - 1));
            }
            if (operands.Count >= 2 && operands.Count == operators.Count + 1 && !Continued(site, operands[0].Item1 - 1) && !Continued(site, next))
            {
                chains.Add(new Chain([.. operands], [.. operators], [.. additive]));
            }
            operands.Clear();
            operators.Clear();
            additive.Clear();
            operandStart = -1;
            operandOpen = glued = false;
        }

        for (var i = from; i < to; i++)
        {
            var token = site[i];
            if (token.Kind == TokenKind.Punctuation && token.Text is "(" or "[" or "{")
            {
                var close = site.Closing(i);
                if (close < 0 || close >= to)
                {
                    Flush(i);
                    continue;
                }
                Scan(site, i + 1, close, chains);
                if (!operandOpen)
                {
                    operandStart = operandStart < 0 ? i : operandStart;
                    operandOpen = true;
                }
                glued = false;
                i = close;
            }
            else if (IsAtom(token))
            {
                if (!operandOpen)
                {
                    operandStart = operandStart < 0 ? i : operandStart;
                    operandOpen = true;
                }
                glued = false;
            }
            else if (operandOpen && !glued && token.Kind == TokenKind.Operator && token.Text is "." or "?." or "::" or "**")
            {
                glued = true;
            }
            else if ((!operandOpen || glued) && IsPrefix(site, i))
            {
                // A sign after '**' (a ** -b) belongs to the operand the power is part of.
                operandStart = operandStart < 0 ? i : operandStart;
            }
            else if (operandOpen && !glued && IsArithmetic(site, token))
            {
                operands.Add((operandStart, i - 1));
                operators.Add(i);
                additive.Add(token.Text is "+" or "-");
                operandStart = -1;
                operandOpen = false;
            }
            else if (site.Language == SourceLanguage.JavaScript && token.Text == "/" && !operandOpen)
            {
                // A slash where no operand stands before it opens a regular expression, which the tokens do not know.
                Flush(i);
                return;
            }
            else
            {
                Flush(i);
            }
        }
        Flush(to);
    }

    private static bool IsAtom(CodeToken token) =>
        token.Kind is TokenKind.Identifier or TokenKind.Number or TokenKind.String || token.Kind == TokenKind.Keyword && Literals.Contains(token.Text);

    private static bool IsPrefix(MutationSite site, int index) =>
        site[index] is { Kind: TokenKind.Operator, Text: "-" or "+" } && !OperatorSwap.IsBinary(site, index)
        || site[index] is { Kind: TokenKind.Operator, Text: "!" or "~" }
        || site[index] is { Kind: TokenKind.Keyword, Text: "new" or "await" };

    private static bool IsArithmetic(MutationSite site, CodeToken token) =>
        token.Kind == TokenKind.Operator && (token.Text is "+" or "-" or "*" or "/" or "%" || token.Text == "//" && site.Language == SourceLanguage.Python);

    /// <summary>Whether the token beside a chain's end joins it to more arithmetic (a chain split over two lines).</summary>
    private static bool Continued(MutationSite site, int index) =>
        site.At(index) is { Kind: TokenKind.Operator } token && (token.Text is "+" or "-" or "*" or "/" or "%" or "//" or "**" or "." or "?.");
}
