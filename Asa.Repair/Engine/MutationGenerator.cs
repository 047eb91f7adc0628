using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// Makes the candidate edits for a list of suspicious lines: every operator at every line, each edit applied to its
/// file, then a few pairs of them at two lines (<see cref="EditPairs"/>), duplicates dropped, likeliest first. Nothing
/// is checked or run here.
/// </summary>
public static class MutationGenerator
{
    private static readonly IMutationOperator[] Operators =
    [
        new OperatorSwap(), new ConstantShift(), new ConditionMutation(), new IdentifierReplacement(), new ReturnReplacement(),
        new OperandSwap(), new BoundShift(), new StatementMutation(), new UpdateInsertion(), new ComparisonAndConstantShift(), new NullGuard(),
        new ConditionReplacement(), new MissingReturn(),
        new ArithmeticOperandDeletion(), new EarlyReturnGuard(), new CallbackReference(), new ConditionExpansion(),
        new UncalledHelper(), new IntegerDivision(), new ValueEquality(),
    ];

    public static IReadOnlyList<CandidateEdit> Generate(CheckoutSnapshot checkout, IReadOnlyList<SuspiciousLine> lines, int limit)
    {
        var singles = new List<EditPairs.Single>();
        var seen = new HashSet<(string, string)>();
        var tokensOf = new Dictionary<string, IReadOnlyList<CodeToken>>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, string>? javaTypes = null;
        foreach (var suspicious in lines)
        {
            if (Languages.Editable(suspicious.Path) is not { } language || !checkout.IndexOf.TryGetValue(suspicious.Path, out var index))
            {
                continue;
            }
            var text = checkout.Files[index].Text;
            if (!tokensOf.TryGetValue(suspicious.Path, out var tokens))
            {
                tokensOf[suspicious.Path] = tokens = [.. CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment)];
            }
            if (language == SourceLanguage.Java)
            {
                javaTypes ??= JavaDeclaredTypes.Of(checkout);
            }
            var site = new MutationSite(language, suspicious.Path, text, tokens, suspicious.Line, EnclosingFunction(checkout.Symbols[index], suspicious.Line))
            {
                RepositoryTypes = javaTypes,
            };
            foreach (var op in Operators)
            {
                foreach (var edit in op.Propose(site))
                {
                    var changed = site.Replace(edit.Start, edit.Length, edit.Replacement);
                    if (changed != text && seen.Add((suspicious.Path, changed)))
                    {
                        singles.Add(new(new CandidateEdit(suspicious.Path, suspicious.Line, edit.Kind, edit.Description, text, changed, suspicious.Score,
                            suspicious.Score * edit.Prior), edit));
                    }
                }
            }
        }
        var candidates = singles.Select(s => s.Candidate).ToList();
        candidates.AddRange(EditPairs.Make(singles).Where(pair => seen.Add((pair.Path, pair.Changed))));
        // A stable sort: of two equally likely edits, the one at the more suspicious line (made first) goes first.
        return [.. candidates.OrderByDescending(c => c.Priority).Take(limit)];
    }

    private static (int Start, int End)? EnclosingFunction(IReadOnlyList<CodeSymbol> symbols, int line) =>
        symbols.Where(s => s.Kind is "function" or "method" && s.StartLine <= line && s.EndLine >= line)
            .OrderBy(s => s.EndLine - s.StartLine)
            .Select(s => ((int, int)?)(s.StartLine, s.EndLine))
            .FirstOrDefault();
}
