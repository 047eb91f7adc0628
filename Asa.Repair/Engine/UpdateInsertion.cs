using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar's FP4, insert a missed statement: a new line 'a = b', 'a += b' or 'a += 1' inside a loop (before the line, or
/// at the start or end of the body) or just before a return, between variables of the function used nearby.
/// </summary>
public sealed class UpdateInsertion : IMutationOperator
{
    private const int TargetsPerSite = 3;
    private const int SourcesPerTarget = 3;
    private const int EditsPerSite = 12;
    private const int ReturnNeighbourhood = 4;

    // A variable the loop reads, set before it and never changed in it, stays the same on every pass: likely a missed
    // update. Likelier still when the loop is a while loop whose condition it is (the loop can only end by luck), or
    // when the variable is set nowhere but to an empty value (None, 0, []) before the loop: it never holds anything.
    private const double ConditionNeverUpdated = 0.6;
    private const double NeverLeavesItsStart = 0.6;
    private const double CarriedNeverUpdated = 0.3;
    private const double Plain = 0.15;

    private static readonly HashSet<string> AssignmentOperators = new(StringComparer.Ordinal)
    {
        "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "??=",
    };

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || IsSignature(site))
        {
            return [];
        }
        var loop = LoopBody.Around(site);
        var isReturn = site[site.First].Text == "return";
        if (loop is null && !isReturn)
        {
            return [];
        }
        var positions = Positions(site, loop, isReturn);
        if (positions.Count == 0)
        {
            return [];
        }
        var scope = site.ScopeTokens().Where(site.IsVariableUse).ToList();
        var near = loop is null
            ? scope.Where(i => Math.Abs(site[i].Line - site.Line) <= ReturnNeighbourhood).ToList()
            : scope.Where(i => loop.Contains(site[i].Line)).ToList();
        var iteration = loop?.IterationTargets(site) ?? new HashSet<string>();
        var statements = ExistingStatements(site);
        var edits = new List<MutationEdit>();
        foreach (var (target, prior) in Targets(site, loop, scope, iteration))
        {
            // A name only ever followed by a dot is a module or a namespace, not a value.
            var sources = near.Where(i => site[i].Text != target)
                .GroupBy(i => site[i].Text, StringComparer.Ordinal)
                .Where(g => g.Any(i => site.At(i + 1) is not { Text: "." or "?." }))
                .OrderByDescending(g => iteration.Contains(g.Key))
                .ThenBy(g => g.Min(i => Math.Abs(site[i].Line - site.Line)))
                .Select(g => g.Key)
                .Take(SourcesPerTarget);
            // A loop's condition is most often a counter.
            var step = $"{target} += 1";
            var forms = sources.SelectMany(source => new[] { $"{target} = {source}", $"{target} += {source}" });
            forms = prior == ConditionNeverUpdated ? forms.Prepend(step) : forms.Append(step);
            foreach (var form in forms)
            {
                var statement = site.Language == SourceLanguage.Python ? form : form + ";";
                if (statements.Contains(Normalized(statement)))
                {
                    continue;
                }
                foreach (var (offset, indentation, where) in positions)
                {
                    edits.Add(new MutationEdit("update", $"insert '{statement}' {where}", offset, 0, indentation + statement + "\n", prior));
                }
            }
        }
        return edits.OrderByDescending(e => e.Prior).Take(EditsPerSite);
    }

    /// <summary>Where a statement may go: before the line when a statement starts there, and at the start and end of the loop's body.</summary>
    private static List<(int Offset, string Indentation, string Where)> Positions(MutationSite site, LoopBody? loop, bool isReturn)
    {
        var positions = new List<(int, string, string)>();
        if (loop is not null && loop.Header == site.Line)
        {
            positions.Add((MutationSite.NthLineStart(site.Text, loop.FirstLine), loop.Indentation, "at the start of the loop's body"));
        }
        else if (StartsStatement(site) && (isReturn || loop is not null))
        {
            positions.Add((site.LineStart, site.Indentation, "before the line"));
        }
        if (loop is not null)
        {
            var end = MutationSite.NthLineStart(site.Text, loop.LastLine + 1);
            if (end >= site.Text.Length && !site.Text.EndsWith('\n'))
            {
                return positions;
            }
            positions.Add((end, loop.Indentation, "at the end of the loop's body"));
        }
        return positions;
    }

    /// <summary>
    /// The variables an update could be missing for, likeliest first: set somewhere in the function (so that
    /// setting them again is allowed), read in the loop (or on the returned line), never a loop's own variable.
    /// </summary>
    private static IEnumerable<(string Name, double Prior)> Targets(MutationSite site, LoopBody? loop, List<int> scope, IReadOnlySet<string> iteration)
    {
        var assigned = scope.Where(i => IsAssigned(site, i)).ToList();
        var constants = scope.Where(i => IsConstant(site, i)).Select(i => site[i].Text).ToHashSet(StringComparer.Ordinal);
        var readHere = loop is null
            ? scope.Where(i => site[i].Line == site.Line).Select(i => site[i].Text)
            : scope.Where(i => loop.Contains(site[i].Line)).Select(i => site[i].Text);
        var mutatedInLoop = loop is null ? [] : scope.Where(i => loop.Contains(site[i].Line) && site[i].Line != loop.Header && IsMutated(site, i))
            .Select(i => site[i].Text).ToHashSet(StringComparer.Ordinal);
        var condition = loop is not null && site[site.FirstTokenOn(loop.Header)].Text == "while" && !LoopCanLeaveEarly(site, loop)
            ? scope.Where(i => site[i].Line == loop.Header).Select(i => site[i].Text).ToHashSet(StringComparer.Ordinal)
            : [];
        return readHere.Distinct(StringComparer.Ordinal)
            .Where(name => !iteration.Contains(name) && !constants.Contains(name)
                           && assigned.Any(i => site[i].Text == name && (loop is null || site[i].Line != loop.Header)))
            .Select(name =>
            {
                var sets = assigned.Where(i => site[i].Text == name).ToList();
                var setBefore = loop is not null && sets.Any(i => site[i].Line < loop.Header);
                var prior = !setBefore || mutatedInLoop.Contains(name) ? Plain
                    : condition.Contains(name) ? ConditionNeverUpdated
                    : sets.Count == 1 && SetToAnEmptyValue(site, sets[0]) ? NeverLeavesItsStart
                    : CarriedNeverUpdated;
                return (name, prior);
            })
            .OrderByDescending(t => t.prior)
            .Take(TargetsPerSite);
    }

    /// <summary>Whether the variable at <paramref name="index"/> is set there: 'a = …', 'a += …', 'int a = …', 'a++'.</summary>
    private static bool IsAssigned(MutationSite site, int index)
    {
        var token = site[index];
        if (site.At(index + 1) is { Text: "++" or "--" } || site.At(index - 1) is { Text: "++" or "--" } before && before.Line == token.Line)
        {
            return true;
        }
        if (site.At(index + 1) is not { Kind: TokenKind.Operator } next || !AssignmentOperators.Contains(next.Text))
        {
            return false;
        }
        // Not a keyword argument ("f(\n    key=1)") nor a default in a signature.
        return site.At(index - 1) is not { } previous
               || previous.Line < token.Line && !(previous.Text is "(" or "," || site.Language == SourceLanguage.Python && previous.Text is "[" or "{")
               || previous.Line == token.Line && (previous.Kind is TokenKind.Identifier or TokenKind.Keyword && previous.Text is not ("def" or "lambda") || previous.Text is ";" or "{" or "}" or ":");
    }

    /// <summary>Whether the assignment at <paramref name="index"/> sets a starting value: None, null, a zero, an empty string or collection.</summary>
    private static bool SetToAnEmptyValue(MutationSite site, int index)
    {
        if (site.At(index + 1) is not { Text: "=" } || site.At(index + 2) is not { } value)
        {
            return false;
        }
        var last = value.Text is "[" or "{" or "(" && site.At(index + 3) is { Text: "]" or "}" or ")" } ? index + 3 : index + 2;
        var empty = last == index + 3
                    || value.Kind == TokenKind.Keyword && value.Text is "None" or "null" or "undefined"
                    || value.Kind == TokenKind.Number && value.Text is "0" or "0.0"
                    || value.Kind == TokenKind.String && value.Text.Trim('"', '\'', '`') == "";
        return empty && (site.At(last + 1) is not { } after || after.Line != value.Line || after.Text == ";");
    }

    /// <summary>Whether the variable is changed there: set, or changed through a method or an index ('a.append(x)', 'a[i] = x').</summary>
    private static bool IsMutated(MutationSite site, int index) =>
        IsAssigned(site, index) || site.At(index + 1) is { Text: "." or "[" };

    private static bool IsConstant(MutationSite site, int index)
    {
        for (var i = index - 1; site.At(i) is { } before && before.Line == site[index].Line; i--)
        {
            if (before.Text is "const" or "final" or "readonly" && before.Kind == TokenKind.Keyword)
            {
                return true;
            }
        }
        return false;
    }

    private static bool LoopCanLeaveEarly(MutationSite site, LoopBody loop)
    {
        for (var i = site.FirstTokenOn(loop.FirstLine); site.At(i) is { } token && token.Line <= loop.LastLine; i++)
        {
            if (token.Kind == TokenKind.Keyword && token.Text is "break" or "return" or "throw" or "raise" or "goto")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a statement starts on the site's line, so one may be inserted before it.</summary>
    private static bool StartsStatement(MutationSite site)
    {
        var first = site[site.First];
        if (first.Kind is not (TokenKind.Identifier or TokenKind.Keyword)
            || first.Text is "else" or "elif" or "except" or "finally" or "catch" or "case" or "default" or "and" or "or" or "not" or "in" or "is")
        {
            return false;
        }
        if (site.At(site.First - 1) is not { } previous || previous.Text is ";" or "{" or "}" || previous.Is(":"))
        {
            return true;
        }
        return site.Language == SourceLanguage.Python
               && (previous.Kind is TokenKind.Identifier or TokenKind.Number or TokenKind.String or TokenKind.Keyword || previous.Text is ")" or "]" or "}");
    }

    private static HashSet<string> ExistingStatements(MutationSite site)
    {
        var lines = site.Text.Split('\n');
        return Enumerable.Range(Math.Max(1, site.ScopeStart), Math.Max(0, Math.Min(site.ScopeEnd, lines.Length) - Math.Max(1, site.ScopeStart) + 1))
            .Select(line => Normalized(lines[line - 1]))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Normalized(string statement) => string.Concat(statement.Where(c => !char.IsWhiteSpace(c))).TrimEnd(';');

    private static bool IsSignature(MutationSite site) =>
        site.Tokens.Skip(site.First).Take(site.End - site.First).Any(t => t.Text is "def" or "function" or "class" && t.Kind == TokenKind.Keyword);
}
