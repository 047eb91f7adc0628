using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// How a name is used where it stands (indexed, as a receiver, plainly), and which other names in scope are used the
/// same way: the replacements a wrong receiver or a wrong container is likeliest to have meant.
/// </summary>
internal static class SameKind
{
    private const int ReceiversPerSelf = 2;

    /// <summary>Whether the token is the object's own receiver ('self.' in Python, 'this.' elsewhere).</summary>
    public static bool IsSelf(MutationSite site, int index) =>
        site[index] is { Kind: TokenKind.Keyword } token && token.Text == SelfWord(site.Language)
        && site.At(index + 1) is { Text: "." or "?." } && site.At(index - 1) is not { Text: "." or "?." };

    /// <summary>
    /// What a receiver 'self' may have meant: the function's other receivers that are given the same attribute, then its
    /// parameters used as receivers (an 'other' compared with 'self').
    /// </summary>
    public static IEnumerable<string> Receivers(MutationSite site, int index)
    {
        var attribute = site.At(index + 2)?.Text;
        var receivers = site.ScopeTokens().Where(i => site.IsVariableUse(i) && site.At(i + 1) is { Text: "." or "?." }).ToList();
        var parameters = IsSignature(site, site.ScopeStart) && site.ScopeStart < site.Line
            ? site.ScopeTokens().Where(i => site[i].Line == site.ScopeStart && site.IsVariableUse(i)).Select(i => site[i].Text).ToHashSet(StringComparer.Ordinal)
            : [];
        var sameAttribute = receivers.Where(i => site.At(i + 2)?.Text == attribute).Select(i => site[i].Text);
        var parameterReceivers = receivers.Select(i => site[i].Text).Where(parameters.Contains);
        return sameAttribute.Concat(parameterReceivers).Distinct(StringComparer.Ordinal).Take(ReceiversPerSelf);
    }

    /// <summary>The own receiver as a replacement for a variable used as a receiver, when the function uses it.</summary>
    public static IEnumerable<string> SelfFor(MutationSite site, int index)
    {
        var self = SelfWord(site.Language);
        return site.At(index + 1) is { Text: "." or "?." } && site.ScopeTokens().Any(i => IsSelf(site, i)) ? [self] : [];
    }

    /// <summary>The variables in scope used elsewhere as the one at <paramref name="index"/> is used here: indexed, or as a receiver.</summary>
    public static HashSet<string> Variables(MutationSite site, int index)
    {
        var use = Follower(site, index);
        if (use == Use.Plain)
        {
            return [];
        }
        var names = site.ScopeTokens().Where(i => i != index && site.IsVariableUse(i) && Follower(site, i) == use)
            .Select(i => site[i].Text)
            .ToHashSet(StringComparer.Ordinal);
        if (use == Use.Receiver)
        {
            names.UnionWith(SelfFor(site, index));
        }
        return names;
    }

    /// <summary>The attributes the file takes from the same owner and uses the same way (self.items.append, self.done.append).</summary>
    public static HashSet<string> Attributes(MutationSite site, int index)
    {
        if (site.At(index - 2) is not { } owner)
        {
            return [];
        }
        var use = Follower(site, index);
        return Enumerable.Range(2, Math.Max(0, site.Tokens.Count - 2))
            .Where(i => i != index && site[i].Kind == TokenKind.Identifier && site[i - 1].Text is "." or "?." && site[i - 2].Text == owner.Text
                        && Follower(site, i) == use)
            .Select(i => site[i].Text)
            .ToHashSet(StringComparer.Ordinal);
    }

    private enum Use
    {
        Plain,
        Indexed,
        Receiver,
        Called,
    }

    private static Use Follower(MutationSite site, int index) => site.At(index + 1) switch
    {
        { Text: "[" } open when open.Start == site[index].End => Use.Indexed,
        { Text: "." or "?." } => Use.Receiver,
        { Text: "(" } => Use.Called,
        _ => Use.Plain,
    };

    /// <summary>Whether the line declares a function or method: 'def f(', 'function f(', or a type and a name before the '('.</summary>
    private static bool IsSignature(MutationSite site, int line)
    {
        var first = site.FirstTokenOn(line);
        for (var i = first; site.At(i) is { } token && token.Line == line; i++)
        {
            if (token.Kind == TokenKind.Keyword && token.Text is "def" or "function")
            {
                return true;
            }
            if (token.Is("("))
            {
                return site.Language is SourceLanguage.Java or SourceLanguage.CSharp && i - 2 >= first
                       && site[i - 1].Kind == TokenKind.Identifier && site[i - 2].Kind is TokenKind.Identifier or TokenKind.Keyword
                       && site[i - 2].Text is not ("return" or "new" or "await" or "throw");
            }
        }
        return false;
    }

    private static string SelfWord(SourceLanguage language) => language == SourceLanguage.Python ? "self" : "this";
}
