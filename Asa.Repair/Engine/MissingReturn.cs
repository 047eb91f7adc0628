using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP4 (insert missed statement) of a return, FP12's missing return: a Python or JavaScript function whose last
/// statement computes a value and then falls off the end (returning None or undefined) gets <c>return name</c> after
/// it, or its last expression statement becomes <c>return expression</c>. Anywhere in the function (in a branch or a
/// loop too), a pointless expression statement (<see cref="PointlessStatement"/>: a value computed and dropped) becomes
/// <c>return expression</c>. Java and C# need no such edit: neither compiles a method that falls off the end of a
/// value return, nor a statement that is only a value.
/// </summary>
public sealed class MissingReturn : IMutationOperator
{
    private const int NamesPerSite = 3;

    // A local set by the function's last statement is never read again: the value is computed and lost.
    private const double LostValuePrior = 0.9;
    private const double OtherLocalPrior = 0.3;
    private const double CallResultPrior = 0.35;

    // A value computed and dropped anywhere in the function is almost always a result that was meant to be returned.
    private const double PointlessPrior = 0.9;

    private static readonly HashSet<string> Assignments = new(StringComparer.Ordinal)
    {
        "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=",
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || site.Language is not (SourceLanguage.Python or SourceLanguage.JavaScript))
        {
            return [];
        }
        var body = FunctionBody.Around(site);
        if (body is null || Enumerable.Range(body.First, body.Last - body.First + 1).Any(i => site[i].Text == "yield"))
        {
            return [];
        }
        var first = site[site.First];
        var edits = body.LastStatement != site.First
                    || first.Text is "return" or "raise" or "throw" or "pass" or "break" or "continue" or "yield" or "del" or "assert" or "global" or "nonlocal" or "import" or "from"
            ? []
            : Edits(site, body).ToList();
        foreach (var (start, last) in PointlessStatement.On(site))
        {
            var at = site[start].Start;
            if (start >= body.First && start <= body.Last && !edits.Any(e => e.Start == at && e.Length == 0 && e.Replacement == "return "))
            {
                edits.Add(new MutationEdit("return", $"return '{site.Text[at..site[last].End]}'", at, 0, "return ", PointlessPrior));
            }
        }
        return edits;
    }

    private static IEnumerable<MutationEdit> Edits(MutationSite site, FunctionBody body)
    {
        var assignedHere = AssignedBy(site, site.First);
        if (assignedHere.Count == 0 && IsExpressionStatement(site) && body.Indentation == site.Indentation)
        {
            var statementEnd = site[site.End - 1].Is(";") ? site.End - 2 : site.End - 1;
            var expression = site.Text[site[site.First].Start..site[statementEnd].End];
            var prior = site[statementEnd].Is(")") ? CallResultPrior : LostValuePrior;
            yield return new MutationEdit("return", $"return '{expression}'", site[site.First].Start, 0, "return ", prior);
        }
        var earlier = Enumerable.Range(body.First, site.First - body.First)
            .Where(i => site[i].Line != site.At(i - 1)?.Line)
            .Reverse()
            .SelectMany(i => AssignedBy(site, i));
        var names = assignedHere.Where(body.IsLocal).Select(name => (name, LostValuePrior))
            .Concat(earlier.Where(body.IsLocal).Select(name => (name, OtherLocalPrior)))
            .DistinctBy(n => n.name, StringComparer.Ordinal)
            .Take(NamesPerSite);
        foreach (var (name, prior) in names)
        {
            var statement = site.Language == SourceLanguage.Python ? $"return {name}" : $"return {name};";
            yield return new MutationEdit("return", $"add '{statement}' at the end of the function", body.InsertAt, 0, body.Insertion(statement), prior);
        }
    }

    private static bool IsExpressionStatement(MutationSite site)
    {
        if (!site.IsSimpleStatement || site[site.First].Kind != TokenKind.Identifier && site[site.First].Text is not ("await" or "self" or "this" or "(")
            || site[site.First].Text is "print" or "console")
        {
            return false;
        }
        var depth = 0;
        for (var i = site.First; i < site.End; i++)
        {
            var text = site[i].Text;
            depth += site[i].Kind != TokenKind.Punctuation ? 0 : text is "(" or "[" or "{" ? 1 : text is ")" or "]" or "}" ? -1 : 0;
            if (depth == 0 && (Assignments.Contains(text) || text is "++" or "--" or ":=") && site[i].Kind == TokenKind.Operator)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The plain names a statement starting at <paramref name="start"/> assigns: "a = …", "a, b = …", "let a = …", "a: int = …", "a += …".</summary>
    public static List<string> AssignedBy(MutationSite site, int start)
    {
        var i = site.At(start) is { Text: "let" or "const" or "var" } ? start + 1 : start;
        var names = new List<string>();
        while (site.At(i) is { Kind: TokenKind.Identifier } name && name.Line == site[start].Line)
        {
            names.Add(name.Text);
            if (site.At(i + 1) is { Text: "," })
            {
                i += 2;
                continue;
            }
            i++;
            break;
        }
        if (names.Count == 1 && site.Language == SourceLanguage.Python && site.At(i) is { Text: ":" } && site.At(i + 1) is { Kind: TokenKind.Identifier or TokenKind.Keyword })
        {
            i += 2;
            while (site.At(i) is { Text: "[" or "." } annotation && (annotation.Text == "." || site.Closing(i) > i))
            {
                i = annotation.Text == "." ? i + 2 : site.Closing(i) + 1;
            }
        }
        return names.Count > 0 && site.At(i) is { Kind: TokenKind.Operator } op && Assignments.Contains(op.Text) ? names : [];
    }
}
