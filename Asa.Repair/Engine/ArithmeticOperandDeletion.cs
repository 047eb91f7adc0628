using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// PIT's AOD (arithmetic operand deletion; TBar FP11 mutate operators, FP9 mutate literal expression): drops one operand
/// of an arithmetic chain with its operator (<c>a * b * c</c> to <c>a * b</c>, <c>x - offset</c> to <c>x</c>), a whole
/// term of a sum (<c>a + b * c</c> to <c>a</c>) or a trailing factor of one of its products (to <c>a + b</c>), never
/// across precedence levels, never the only operand, never in a visible string concatenation. Dropping a trailing
/// <c>± 1</c> is <see cref="BoundShift"/>'s.
/// </summary>
public sealed class ArithmeticOperandDeletion : IMutationOperator
{
    private const int EditsPerLine = 4;
    private const double Prior = 0.4;

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || Enumerable.Range(site.First, site.End - site.First)
                .Any(i => site[i].Kind == TokenKind.Keyword && site[i].Text is "def" or "class" or "function" or "import"))
        {
            return [];
        }
        var perChain = ArithmeticChains.OnLine(site).Select(chain => Deletions(site, chain).ToList()).ToList();
        // Each chain's likeliest deletion (its last operand) before any chain's second.
        return Enumerable.Range(0, perChain.Count == 0 ? 0 : perChain.Max(d => d.Count))
            .SelectMany(rank => perChain.Where(d => rank < d.Count).Select(d => d[rank]))
            .Take(EditsPerLine);
    }

    private static IEnumerable<MutationEdit> Deletions(MutationSite site, ArithmeticChains.Chain chain)
    {
        if (chain.Operands.Any(o => ArithmeticChains.IsStringLiteral(site, o)))
        {
            yield break;
        }
        var terms = chain.Terms();
        var deletions = new List<Deletion>();
        for (var t = 0; t < terms.Count; t++)
        {
            var (first, last) = terms[t];
            if (t > 0 && !IsBoundShiftsOne(site, chain, first, last))
            {
                deletions.Add(After(site, chain, first, last));
            }
            else if (t == 0 && terms.Count > 1)
            {
                deletions.Add(Before(site, chain, first, last));
            }
            for (var f = last; f > first; f--)
            {
                deletions.Add(After(site, chain, f, f));
            }
            // The leading factor goes only in a chain of one precedence level: in a + b * c, dropping b leaves a + c.
            if (terms.Count == 1 && last > first)
            {
                deletions.Add(Before(site, chain, first, first));
            }
        }
        foreach (var deletion in deletions.OrderByDescending(d => d.LastToken).ThenBy(d => d.End - d.Start))
        {
            yield return new MutationEdit("operand", $"drop the operand '{deletion.Dropped}'", deletion.Start, deletion.End - deletion.Start, "", Prior);
        }
    }

    private readonly record struct Deletion(int Start, int End, int LastToken, string Dropped);

    /// <summary>Operands <paramref name="first"/> to <paramref name="last"/> dropped with the operator before them and its space.</summary>
    private static Deletion After(MutationSite site, ArithmeticChains.Chain chain, int first, int last)
    {
        var lastToken = chain.Operands[last].Last;
        return new(site[chain.Operands[first - 1].Last].End, site[lastToken].End, lastToken, Text(site, chain.Operands[first].First, lastToken));
    }

    /// <summary>Operands <paramref name="first"/> to <paramref name="last"/> dropped with the operator after them and its space.</summary>
    private static Deletion Before(MutationSite site, ArithmeticChains.Chain chain, int first, int last)
    {
        var lastToken = chain.Operands[last].Last;
        return new(site[chain.Operands[first].First].Start, site[chain.Operands[last + 1].First].Start, lastToken, Text(site, chain.Operands[first].First, lastToken));
    }

    // "x + 1" and "x - 1" lose their one through BoundShift, at its prior.
    private static bool IsBoundShiftsOne(MutationSite site, ArithmeticChains.Chain chain, int first, int last) =>
        first == last && chain.Operands[first].First == chain.Operands[first].Last && site[chain.Operands[first].First] is { Kind: TokenKind.Number, Text: "1" };

    private static string Text(MutationSite site, int first, int last) => site.Text[site[first].Start..site[last].End];
}
