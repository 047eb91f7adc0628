using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar's FP8 (mutate integer division operation) and FP7 (mutate data type), for Java and C#, where dividing two
/// integers drops the fraction: a division at the line is carried out in floating point, by a literal operand made
/// a floating one (<c>total / 100</c> to <c>total / 100.0</c>) or by a cast of its left operand (<c>(double) hits / shots</c>);
/// and a local declared <c>int</c> at the line becomes <c>long</c> (the overflow) or the floating type. The floating
/// type is the one the line declares, else the one the file uses most (C#'s <c>decimal</c> for money), else <c>double</c>.
/// </summary>
public sealed class IntegerDivision : IMutationOperator
{
    private const double DivisionPrior = 0.5;
    private const double DeclarationPrior = 0.4;
    private static readonly string[] FloatingTypes = ["double", "decimal", "float"];

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || site.Language is not (SourceLanguage.Java or SourceLanguage.CSharp))
        {
            yield break;
        }
        var floating = FloatingType(site);
        foreach (var chain in ArithmeticChains.OnLine(site))
        {
            for (var k = 0; k < chain.Operators.Count; k++)
            {
                if (site[chain.Operators[k]].Text != "/")
                {
                    continue;
                }
                var (left, right) = (chain.Operands[k], chain.Operands[k + 1]);
                if (IsIntegerLiteral(site, right))
                {
                    yield return Literal(site, right.First, floating);
                }
                else if (IsIntegerLiteral(site, left))
                {
                    yield return Literal(site, left.First, floating);
                }
                else if (!IsCast(site, left.First))
                {
                    var text = site.Text[site[left.First].Start..site[left.Last].End];
                    yield return new MutationEdit("division", $"divide '{text}' as {floating}, keeping the fraction",
                        site[left.First].Start, 0, $"({floating}) ", DivisionPrior);
                }
            }
        }
        foreach (var edit in Declarations(site, floating))
        {
            yield return edit;
        }
    }

    /// <summary>A local declared <c>int</c> at the start of the line, as <c>long</c> and as the floating type.</summary>
    private static IEnumerable<MutationEdit> Declarations(MutationSite site, string floating)
    {
        var first = site.First;
        if (site[first].Text == "final")
        {
            first++;
        }
        if (first + 2 >= site.End || site[first].Text != "int" || site[first + 1].Kind != TokenKind.Identifier || site[first + 2].Text != "=")
        {
            yield break;
        }
        var name = site[first + 1].Text;
        foreach (var type in new[] { "long", floating })
        {
            yield return new MutationEdit("type", $"declare '{name}' as {type} instead of int", site[first].Start, site[first].Text.Length, type, DeclarationPrior);
        }
    }

    private static MutationEdit Literal(MutationSite site, int index, string floating)
    {
        var number = site[index].Text;
        var suffix = floating switch { "decimal" => "m", "float" => "f", _ => ".0" };
        return new MutationEdit("division", $"'{number}' to '{number}{suffix}', keeping the division's fraction",
            site[index].Start, number.Length, number + suffix, DivisionPrior);
    }

    private static bool IsIntegerLiteral(MutationSite site, (int First, int Last) operand) =>
        operand.First == operand.Last && site[operand.First] is { Kind: TokenKind.Number } token
        && token.Text.All(char.IsAsciiDigit);

    /// <summary>Whether the operand already starts with a cast: '(' type ')' before a name.</summary>
    private static bool IsCast(MutationSite site, int first) =>
        site[first].Text == "(" && site.At(first + 1) is { } type && FloatingTypes.Contains(type.Text) && site.At(first + 2) is { Text: ")" };

    /// <summary>The floating type the line declares, else the one the file names most, else double.</summary>
    private static string FloatingType(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            if (FloatingTypes.Contains(site[i].Text) && site.At(i + 1) is { Kind: TokenKind.Identifier } && site.At(i + 2) is { Text: "=" })
            {
                return site[i].Text;
            }
        }
        var counts = site.Tokens.Where(t => FloatingTypes.Contains(t.Text)).GroupBy(t => t.Text).Select(g => (Type: g.Key, Count: g.Count())).ToList();
        return counts.Count == 0 ? "double" : counts.OrderByDescending(c => c.Count).ThenBy(c => Array.IndexOf(FloatingTypes, c.Type)).First().Type;
    }
}
