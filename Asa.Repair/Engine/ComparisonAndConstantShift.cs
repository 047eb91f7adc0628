using System.Globalization;

namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP9 + FP11 (mutate literal and operator together): changes a comparison's operator and moves its integer
/// constant by one in the same edit (<c>== 0</c> to <c>&lt;= 1</c>), keeping only results no single operator swap or
/// constant shift reaches and that are not the same test over the integers (<c>&lt; n</c> is <c>&lt;= n - 1</c>).
/// </summary>
public sealed class ComparisonAndConstantShift : IMutationOperator
{
    private const double Prior = 0.35;
    private const int EditsPerSite = 8;

    // An equality becomes a one-sided test and back; a strict bound becomes inclusive and back.
    private static readonly Dictionary<string, string[]> Compound = new(StringComparer.Ordinal)
    {
        ["=="] = ["<=", ">="], ["!="] = ["<", ">"],
        ["<"] = ["<=", "=="], ["<="] = ["<", "=="], [">"] = [">=", "=="], [">="] = [">", "=="],
    };

    // What one existing edit does to the operator (OperatorSwap's comparison table).
    private static readonly Dictionary<string, string[]> SingleSwap = new(StringComparer.Ordinal)
    {
        ["<"] = ["<=", ">"], ["<="] = ["<", ">="], [">"] = [">=", "<"], [">="] = [">", "<="], ["=="] = ["!="], ["!="] = ["=="],
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site) => Comparisons(site).Take(EditsPerSite);

    private static IEnumerable<MutationEdit> Comparisons(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Kind != TokenKind.Operator || !Compound.ContainsKey(Normalised(token.Text)))
            {
                continue;
            }
            // The constant right after the operator (x < 3), or right before it (3 > x); a negative one is left alone.
            if (i + 1 < site.End && Constant(site, i + 1) is { } after && site.At(i + 2) is not { Text: "." or "(" or "[" or "*" or "/" or "%" or "**" or "+" or "-" })
            {
                foreach (var edit in Shifts(site, i, i + 1, after, constantOnLeft: false))
                {
                    yield return edit;
                }
            }
            else if (i - 1 >= site.First && Constant(site, i - 1) is { } before && site.At(i - 2) is not { Text: "-" or "+" or "*" or "/" or "%" or "**" or "." })
            {
                foreach (var edit in Shifts(site, i, i - 1, before, constantOnLeft: true))
                {
                    yield return edit;
                }
            }
        }
    }

    private static IEnumerable<MutationEdit> Shifts(MutationSite site, int operatorIndex, int constantIndex, long value, bool constantOnLeft)
    {
        var written = site[operatorIndex].Text;
        // Reason as "x OP c": a constant on the left mirrors the operator.
        var op = constantOnLeft ? Mirror(Normalised(written)) : Normalised(written);
        var unreachable = new HashSet<(string, long)> { Canonical(op, value), Canonical(op, value + 1), Canonical(op, value - 1) };
        foreach (var swapped in SingleSwap[op])
        {
            unreachable.Add(Canonical(swapped, value));
        }
        foreach (var replacement in Compound[op])
        {
            foreach (var shifted in new[] { value + 1, value - 1 })
            {
                if (shifted < 0 || !unreachable.Add(Canonical(replacement, shifted)))
                {
                    continue;
                }
                var newOperator = Spelled(constantOnLeft ? Mirror(replacement) : replacement, written);
                var constant = shifted.ToString(CultureInfo.InvariantCulture);
                var (first, last) = constantOnLeft ? (constantIndex, operatorIndex) : (operatorIndex, constantIndex);
                var between = site.Text[site[first].End..site[last].Start];
                var text = constantOnLeft ? constant + between + newOperator : newOperator + between + constant;
                var original = site.Text[site[first].Start..site[last].End];
                yield return new MutationEdit("comparison", $"'{original}' to '{text}'", site[first].Start, site[last].End - site[first].Start, text, Prior);
            }
        }
    }

    private static long? Constant(MutationSite site, int index)
    {
        var token = site[index];
        if (token.Kind != TokenKind.Number || !long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        return site.At(index - 1) is { Text: "-" } minus && !OperatorSwap.IsBinary(site, index - 1) && minus.Kind == TokenKind.Operator ? null : value;
    }

    /// <summary>The same test over the integers in one spelling: x &lt;= c is x &lt; c + 1, x &gt;= c is x &gt; c - 1.</summary>
    private static (string, long) Canonical(string op, long value) => op switch
    {
        "<=" => ("<", value + 1),
        ">=" => (">", value - 1),
        _ => (op, value),
    };

    private static string Mirror(string op) => op switch
    {
        "<" => ">",
        ">" => "<",
        "<=" => ">=",
        ">=" => "<=",
        _ => op,
    };

    // JavaScript's strict equality is kept strict.
    private static string Normalised(string op) => op switch
    {
        "===" => "==",
        "!==" => "!=",
        _ => op,
    };

    private static string Spelled(string op, string written) => written.Length == 3 && op is "==" or "!=" ? op + "=" : op;
}
