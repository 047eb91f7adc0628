using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// TBar FP10 (mutate method invocation: insert a call) with the file's own unused private function as the callee: a
/// function nothing calls (what .NET's IDE0051, ESLint's no-unused-vars and IntelliJ's "unused declaration" point at)
/// was written for a use that went missing, so a value at the line is passed through it: <c>return kelvin;</c> to
/// <c>return fromKelvin(kelvin, to);</c>. Private means what the language makes it: Java's and C#'s <c>private</c> (a C#
/// member without an access modifier too), a Python name starting with one underscore, a JavaScript function the
/// file does not export. The value goes to a parameter of its declared type (Java, C#) or to the first one; each
/// other parameter gets a variable of the scope of the same type, or, where types are not written, of the same or the
/// likeliest name.
/// </summary>
public sealed class UncalledHelper : IMutationOperator
{
    private const double Prior = 0.6;
    private const int CallsPerValue = 4;

    private sealed record Helper(string Name, int Line, bool Method, IReadOnlyList<(string? Type, string Name)> Parameters);

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        if (site.IsEmpty || site.Line == site.ScopeStart || site[site.First].Text is "def" or "function" or "class")
        {
            yield break;
        }
        var usesSelf = site.ScopeTokens().Any(i => site[i].Text == "self");
        var helpers = Helpers(site)
            .Where(h => h.Parameters.Count > 0 && (h.Line < site.ScopeStart || h.Line > site.ScopeEnd) && (!h.Method || usesSelf || site.Language != SourceLanguage.Python))
            .ToList();
        if (helpers.Count == 0)
        {
            yield break;
        }
        var typed = site.Language is SourceLanguage.Java or SourceLanguage.CSharp;
        var declared = typed ? DeclaredTypes(site) : new Dictionary<string, string>(StringComparer.Ordinal);
        var variables = site.ScopeTokens().Where(i => site[i].Line <= site.Line && site.IsVariableUse(i)).Select(i => site[i].Text).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (start, end) in Values(site))
        {
            var value = site.Text[site[start].Start..site[end].End];
            var valueType = start == end && declared.TryGetValue(value, out var type) ? type : null;
            foreach (var helper in helpers)
            {
                var made = 0;
                foreach (var arguments in Arguments(helper, value, valueType, variables, declared, typed))
                {
                    if (made++ == CallsPerValue)
                    {
                        break;
                    }
                    var call = (helper.Method ? (site.Language == SourceLanguage.Python ? "self." : "") : "") + $"{helper.Name}({string.Join(", ", arguments)})";
                    yield return new MutationEdit("call", $"pass '{value}' through the uncalled '{helper.Name}': '{call}'", site[start].Start, value.Length, call, Prior);
                }
            }
        }
    }

    /// <summary>The values at the line that may be passed through a helper: a returned or assigned expression, and each variable read.</summary>
    private static IEnumerable<(int Start, int End)> Values(MutationSite site)
    {
        var last = site.End - 1;
        while (last > site.First && site[last].Text is ";" or ":")
        {
            last--;
        }
        var seen = new HashSet<(int, int)>();
        for (var i = site.First; i <= last; i++)
        {
            if ((site[i].Text == "return" && site[i].Kind == TokenKind.Keyword || site[i].Is("=")) && i < last && Balanced(site, i + 1, last) && seen.Add((i + 1, last)))
            {
                yield return (i + 1, last);
            }
        }
        for (var i = site.First; i <= last; i++)
        {
            if (site.IsVariableUse(i) && site.At(i + 1) is not { Text: "=" or "." or "?." or "[" } && seen.Add((i, i)))
            {
                yield return (i, i);
            }
        }
    }

    private static bool Balanced(MutationSite site, int first, int last)
    {
        var depth = 0;
        for (var i = first; i <= last; i++)
        {
            depth += site[i].Kind != TokenKind.Punctuation ? 0 : site[i].Text is "(" or "[" or "{" ? 1 : site[i].Text is ")" or "]" or "}" ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }
        return depth == 0;
    }

    private static IEnumerable<IReadOnlyList<string>> Arguments(Helper helper, string value, string? valueType, IReadOnlyList<string> variables,
        IReadOnlyDictionary<string, string> declared, bool typed)
    {
        var parameters = helper.Parameters;
        var slots = Enumerable.Range(0, parameters.Count)
            .Where(p => !typed || valueType is null || parameters[p].Type == valueType)
            .OrderBy(p => parameters[p].Name == value ? 0 : 1).ThenBy(p => p)
            .Take(typed && valueType is not null ? parameters.Count : 1);
        foreach (var slot in slots)
        {
            var choices = new List<IReadOnlyList<string>>();
            for (var p = 0; p < parameters.Count; p++)
            {
                if (p == slot)
                {
                    choices.Add([value]);
                    continue;
                }
                var parameter = parameters[p];
                var fitting = variables.Where(v => v != value && (!typed || parameter.Type is null || declared.TryGetValue(v, out var t) && t == parameter.Type))
                    .OrderBy(v => v == parameter.Name ? 0 : 1).ThenByDescending(v => Shared(v, parameter.Name)).ToList();
                if (fitting.Count == 0)
                {
                    yield break;
                }
                choices.Add(fitting.Take(2).ToList());
            }
            foreach (var combination in Combinations(choices, 0))
            {
                yield return combination;
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Combinations(List<IReadOnlyList<string>> choices, int from)
    {
        if (from == choices.Count)
        {
            yield return [];
            yield break;
        }
        foreach (var choice in choices[from])
        {
            foreach (var rest in Combinations(choices, from + 1))
            {
                yield return [choice, .. rest];
            }
        }
    }

    private static int Shared(string a, string b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && char.ToLowerInvariant(a[prefix]) == char.ToLowerInvariant(b[prefix]))
        {
            prefix++;
        }
        return prefix;
    }

    /// <summary>The file's private functions that nothing in it calls or names, with their parameters.</summary>
    private static IEnumerable<Helper> Helpers(MutationSite site)
    {
        var counts = site.Tokens.Where(t => t.Kind == TokenKind.Identifier).CountBy(t => t.Text, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        for (var i = 1; i + 1 < site.Tokens.Count; i++)
        {
            var name = site[i];
            if (name.Kind != TokenKind.Identifier || counts[name.Text] != 1 || !site[i + 1].Is("(") || site.Closing(i + 1) is not (var close and > 0))
            {
                continue;
            }
            var helper = site.Language switch
            {
                SourceLanguage.Python when site[i - 1].Text == "def" && name.Text.StartsWith('_') && !name.Text.StartsWith("__", StringComparison.Ordinal) => Python(site, name.Text, i + 2, close - 1),
                SourceLanguage.JavaScript when site[i - 1].Text == "function" && site.At(i - 2) is not { Text: "export" } => Untyped(site, name.Text, i + 2, close - 1),
                SourceLanguage.Java or SourceLanguage.CSharp when site.At(close + 1) is { Text: "{" or "=>" } && IsPrivateDeclaration(site, i) => Typed(site, name.Text, i + 2, close - 1),
                _ => null,
            };
            if (helper is not null)
            {
                yield return helper;
            }
        }
    }

    /// <summary>Whether the name at <paramref name="index"/> is a method declared private: <c>private</c> among its modifiers, or, in C#, no access modifier at all.</summary>
    private static bool IsPrivateDeclaration(MutationSite site, int index)
    {
        var modifiers = new List<string>();
        var typeSeen = false;
        for (var i = index - 1; i >= 0 && site[i].Line == site[index].Line; i--)
        {
            if (site[i].Text is "private" or "public" or "protected" or "internal" or "static" or "final" or "readonly" or "async" or "override" or "virtual" or "sealed" or "synchronized")
            {
                modifiers.Add(site[i].Text);
            }
            else if (site[i].Kind is TokenKind.Identifier or TokenKind.Keyword || site[i].Text is "<" or ">" or "[" or "]" or "," or "?" or ".")
            {
                typeSeen = true;
            }
            else
            {
                return false;
            }
        }
        return typeSeen && (modifiers.Contains("private") || site.Language == SourceLanguage.CSharp && !modifiers.Any(m => m is "public" or "protected" or "internal"));
    }

    private static Helper? Python(MutationSite site, string name, int first, int last)
    {
        var parameters = Split(site, first, last).Select(p => site[p.First].Text).ToList();
        var method = parameters.Count > 0 && parameters[0] is "self" or "cls";
        return new Helper(name, site[first - 2].Line, method, [.. parameters.Skip(method ? 1 : 0).Select(p => ((string?)null, p))]);
    }

    private static Helper? Untyped(MutationSite site, string name, int first, int last) =>
        new(name, site[first - 2].Line, false, [.. Split(site, first, last).Select(p => ((string?)null, site[p.First].Text))]);

    private static Helper? Typed(MutationSite site, string name, int first, int last)
    {
        var parameters = new List<(string?, string)>();
        foreach (var (from, to) in Split(site, first, last))
        {
            var end = to;
            for (var i = from; i <= to; i++)
            {
                if (site[i].Is("="))
                {
                    end = i - 1;
                    break;
                }
            }
            if (end <= from || site[end].Kind != TokenKind.Identifier)
            {
                return null;
            }
            var typeStart = site[from].Text is "final" or "ref" or "out" or "in" or "params" or "this" ? from + 1 : from;
            parameters.Add((site.Text[site[typeStart].Start..site[end - 1].End], site[end].Text));
        }
        return new Helper(name, site[first - 2].Line, true, parameters);
    }

    private static IEnumerable<(int First, int Last)> Split(MutationSite site, int first, int last)
    {
        var start = first;
        var depth = 0;
        for (var i = first; i <= last + 1; i++)
        {
            if (i <= last)
            {
                depth += site[i].Kind != TokenKind.Punctuation && site[i].Text is not ("<" or ">") ? 0
                    : site[i].Text is "(" or "[" or "{" or "<" ? 1 : site[i].Text is ")" or "]" or "}" or ">" ? -1 : 0;
                if (depth != 0 || !site[i].Is(","))
                {
                    continue;
                }
            }
            if (i > start && site[start].Text is not ("*" or "**" or "/"))
            {
                yield return (start, i - 1);
            }
            start = i + 1;
        }
    }

    /// <summary>Java and C# variables of the scope with the type their declaration writes (<c>double kelvin</c>, <c>Unit from</c>); <c>var</c> leaves a name out.</summary>
    private static Dictionary<string, string> DeclaredTypes(MutationSite site)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in site.ScopeTokens())
        {
            if (site[i].Kind == TokenKind.Identifier && site.At(i + 1) is { Text: "=" or "," or ")" or ";" or ":" } && site.At(i - 1) is { } type
                && (type.Kind == TokenKind.Identifier || type.Kind == TokenKind.Keyword && type.Text is not ("var" or "return" or "new" or "case" or "in" or "out" or "ref" or "else" or "yield" or "await"))
                && site.At(i - 2) is not { Text: "." or "new" })
            {
                types.TryAdd(site[i].Text, type.Text);
            }
        }
        return types;
    }
}
