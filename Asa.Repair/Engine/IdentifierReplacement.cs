namespace Asa.Repair.Engine;

/// <summary>
/// TBar's FP13 (mutate variable) and ManySStuBs4J's "change identifier used": replaces a variable, a receiver or an
/// assignment's target with another in scope used the same way (indexed, or a receiver), an attribute with another the
/// file uses on the same owner, or a called function with another of the file's calls, its usual counterpart (min for
/// max, floor for ceil) first. For a call it also makes ManySStuBs4J's "different method same args" (TBar FP10, mutate
/// method invocation) with the standard library's names easily confused with the called one (<see cref="StandardLibraryNames"/>).
/// </summary>
public sealed class IdentifierReplacement : IMutationOperator
{
    private const int AlternativesPerName = 10;
    private const int LibraryNamesPerName = 4;
    // Below the file's own calls (0.5): a name the file never calls is a guess from the library's vocabulary alone.
    private const double LibraryNamePrior = 0.4;

    private static readonly Dictionary<string, string> Counterparts = Pairs(
        ("min", "max"), ("Min", "Max"), ("floor", "ceil"), ("Floor", "Ceiling"), ("lower", "upper"), ("ToLower", "ToUpper"),
        ("toLowerCase", "toUpperCase"), ("startswith", "endswith"), ("StartsWith", "EndsWith"),
        ("startsWith", "endsWith"), ("First", "Last"), ("first", "last"), ("push", "unshift"), ("pop", "shift"),
        ("Any", "All"), ("some", "every"), ("any", "all"), ("MinBy", "MaxBy"), ("OrderBy", "OrderByDescending"),
        ("lstrip", "rstrip"), ("TrimStart", "TrimEnd"), ("trimStart", "trimEnd"), ("Add", "Remove"), ("append", "remove"));

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.Tokens.Skip(site.First).Take(site.End - site.First).Any(t => t.Text is "def" or "class" or "function" or "import" && t.Kind == TokenKind.Keyword))
        {
            yield break;
        }
        var attributes = NamesAfterDot(site, called: false);
        var methods = NamesAfterDot(site, called: true);
        var functions = Enumerable.Range(0, site.Tokens.Count)
            .Where(i => site[i].Kind == TokenKind.Identifier && site.At(i + 1) is { Text: "(" } && site.At(i - 1) is not { Text: "." or "?." or "def" or "function" or "new" })
            .GroupBy(i => site[i].Text, StringComparer.Ordinal)
            .OrderBy(g => g.Min(i => Math.Abs(site[i].Line - site.Line)))
            .Select(g => g.Key)
            .ToList();

        // Set once for the line: which variables of the scope hold a value nothing reads.
        var dead = DeadStores.Before(site);
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (SameKind.IsSelf(site, i))
            {
                foreach (var receiver in SameKind.Receivers(site, i))
                {
                    yield return new MutationEdit("receiver", $"receiver '{token.Text}' to '{receiver}'", token.Start, token.Text.Length, receiver, 0.5);
                }
                continue;
            }
            if (token.Kind != TokenKind.Identifier)
            {
                continue;
            }
            var afterDot = site.At(i - 1) is { Text: "." or "?." };
            var called = site.At(i + 1) is { Text: "(" };
            IEnumerable<string> alternatives;
            string kind;
            if (afterDot)
            {
                (alternatives, kind) = called ? (methods, "method") : (attributes, "attribute");
            }
            else if (called)
            {
                (alternatives, kind) = (functions, "call");
            }
            else if (site.IsVariableUse(i) && !IsDeclared(site, i))
            {
                (alternatives, kind) = (SameKind.SelfFor(site, i).Concat(NearestVariables(site, i)).Concat(UnreadInFile(site)), "variable");
            }
            else
            {
                continue;
            }

            if (Counterparts.TryGetValue(token.Text, out var counterpart))
            {
                yield return new MutationEdit(kind, $"'{token.Text}' to '{counterpart}'", token.Start, token.Text.Length, counterpart, 0.95);
            }
            // A variable set before this line and never read is the likeliest meant here: the compiler would warn of
            // it, and the use that names the wrong variable is why. Otherwise names that look alike are the ones mixed
            // up most, so they are tried first.
            // Of the rest, a name used the same way (indexed, a receiver, an attribute of the same owner) comes first.
            var unread = kind == "variable" ? [.. UnreadBefore(site), .. UnreadInFile(site), .. dead.Keys] : new HashSet<string>(StringComparer.Ordinal);
            if (kind == "variable" && DeadStores.Chain(site, i) is var chainEnd && chainEnd > i)
            {
                // The value derived from this very expression was computed and then never read: a use of the raw
                // expression where the derived one was meant (a unit converted and the unconverted unit used).
                var chain = site.Text[token.Start..site[chainEnd].End];
                var written = string.Concat(Enumerable.Range(i, chainEnd - i + 1).Select(j => site[j].Text));
                foreach (var (name, _) in dead.Where(d => d.Value.Contains(written, StringComparison.Ordinal)))
                {
                    yield return new MutationEdit("variable", $"'{chain}' to '{name}', set from it and never read", token.Start, chain.Length, name, 1.2);
                }
            }
            var sameKind = kind switch
            {
                "variable" => SameKind.Variables(site, i),
                "attribute" => SameKind.Attributes(site, i),
                _ => [],
            };
            var ordered = alternatives.Where(a => a != token.Text && a != counterpart).Distinct(StringComparer.Ordinal)
                .Select((name, order) => (name, order))
                .OrderByDescending(a => unread.Contains(a.name))
                .ThenByDescending(a => sameKind.Contains(a.name))
                .ThenByDescending(a => Likeness(token.Text, a.name))
                .ThenBy(a => a.order)
                .Take(AlternativesPerName)
                .Select(a => a.name)
                .ToList();
            foreach (var alternative in ordered)
            {
                var prior = kind == "call" ? 0.5 : unread.Contains(alternative) ? 1.2 : 0.6;
                yield return new MutationEdit(kind, $"{kind} '{token.Text}' to '{alternative}'", token.Start, token.Text.Length, alternative, prior);
            }
            if (kind is "call" or "method" && MayCallTheLibrary(site, i))
            {
                var library = StandardLibraryNames.Confusable(site.Language, afterDot, token.Text, LibraryNamesPerName + ordered.Count + 1)
                    .Where(name => name != counterpart && !ordered.Contains(name))
                    .Take(LibraryNamesPerName);
                foreach (var name in library)
                {
                    yield return new MutationEdit(kind, $"{kind} '{token.Text}' to the library's '{name}'", token.Start, token.Text.Length, name, LibraryNamePrior);
                }
            }
        }
    }

    /// <summary>
    /// Whether the call at <paramref name="index"/> may mean another library function: it calls one of the library's names
    /// itself, or a method the file does not declare on a receiver that is not the object itself nor a class of the file.
    /// </summary>
    private static bool MayCallTheLibrary(MutationSite site, int index)
    {
        var name = site[index].Text;
        var afterDot = site.At(index - 1) is { Text: "." or "?." };
        if (StandardLibraryNames.Contains(site.Language, afterDot, name))
        {
            return true;
        }
        return afterDot && site.At(index - 2) is { Kind: TokenKind.Identifier } receiver && !Declares(site, receiver.Text) && !Declares(site, name);
    }

    /// <summary>Whether the file declares a function, method or class of that name.</summary>
    private static bool Declares(MutationSite site, string name) =>
        Enumerable.Range(0, site.Tokens.Count).Any(j =>
            site[j].Text == name && site[j].Kind == TokenKind.Identifier
            && (site.At(j - 1) is { Kind: TokenKind.Keyword, Text: "def" or "function" or "class" or "interface" or "record" or "struct" or "enum" }
                || site.At(j + 1) is { Text: "(" } && site.At(j - 1) is not { Text: "." or "?." or "new" }
                   && site.Closing(j + 1) is var close && close > 0 && site.At(close + 1) is { Text: "{" or "=>" or "throws" }));

    /// <summary>
    /// The variables in scope: first those named only once (set and never read, a sign that a use names the wrong
    /// variable), then those used nearest to the token.
    /// </summary>
    private static IEnumerable<string> NearestVariables(MutationSite site, int index) =>
        site.ScopeTokens().Where(site.IsVariableUse)
            .GroupBy(i => site[i].Text, StringComparer.Ordinal)
            .OrderBy(g => g.Count() == 1 ? 0 : 1)
            .ThenBy(g => g.Min(i => Math.Abs(site[i].Line - site[index].Line)))
            .Select(g => g.Key);

    /// <summary>
    /// The variables of the scope named exactly once, on a line before the site's, where they are set or are the
    /// function's parameters: set and never read. A name read once (a field, a global) is not among them.
    /// </summary>
    private static HashSet<string> UnreadBefore(MutationSite site) =>
        site.ScopeTokens().Where(site.IsVariableUse)
            .GroupBy(i => site[i].Text, StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && site[g.First()].Line < site.Line
                && (site.At(g.First() + 1) is { Text: "=" } || site[g.First()].Line == site.ScopeStart))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The file's names given a value once and never named again (<see cref="UnreadNames"/>).</summary>
    private static HashSet<string> UnreadInFile(MutationSite site) => UnreadNames.In(site.Tokens);

    /// <summary>How alike two names are: the characters they share at the start and at the end.</summary>
    private static int Likeness(string a, string b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }
        return Math.Min(prefix + suffix, 6);
    }

    private static List<string> NamesAfterDot(MutationSite site, bool called) =>
        Enumerable.Range(1, site.Tokens.Count - 1)
            .Where(i => site[i].Kind == TokenKind.Identifier && site[i - 1].Text is "." or "?." && (site.At(i + 1) is { Text: "(" }) == called)
            .GroupBy(i => site[i].Text, StringComparer.Ordinal)
            .OrderBy(g => g.Min(i => Math.Abs(site[i].Line - site.Line)))
            .Select(g => g.Key)
            .ToList();

    // The name a declaration introduces ("let total", "int total", "var total") cannot be swapped for another.
    private static bool IsDeclared(MutationSite site, int index) =>
        site.At(index - 1) is { } before && before.Line == site[index].Line && (before.Text is "var" or "let" or "const" or "for" or "foreach" or "out" or "as"
                                             || before.Kind == TokenKind.Identifier
                                             || before.Kind == TokenKind.Keyword && before.Text is "int" or "long" or "double" or "float" or "bool" or "boolean" or "string" or "char" or "decimal" or "byte" or "short" or "object")
        || site.At(index + 1) is { Text: "in" or "of" } && site.At(index - 1) is { Text: "for" or "(" or "," };

    private static Dictionary<string, string> Pairs(params (string, string)[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            map.TryAdd(a, b);
            map.TryAdd(b, a);
        }
        return map;
    }
}
