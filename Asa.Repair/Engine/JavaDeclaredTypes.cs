using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// The types Java code declares its names with: fields, locals and parameters, and methods (<c>String name(</c>) and
/// record components (<c>record Payment(BigDecimal amount)</c>), read by a call, keyed with the call's bracket (<c>name(</c>). A type is "primitive", "[]" for an array, or the class's simple
/// name. Across a repository, a name declared with two types says nothing and is left out.
/// </summary>
public static class JavaDeclaredTypes
{
    private const string Conflicting = "";

    /// <summary>The names the Java files of the checkout declare with one type only.</summary>
    public static IReadOnlyDictionary<string, string> Of(CheckoutSnapshot checkout)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in checkout.Files.Where(f => Languages.Editable(f.Path) == SourceLanguage.Java))
        {
            var tokens = CodeTokenizer.Tokenize(SourceLanguage.Java, file.Text).Where(t => t.Kind != TokenKind.Comment).ToList();
            var componentsEnd = -1;
            for (var k = 1; k + 1 < tokens.Count; k++)
            {
                if (tokens[k - 1].Text == "record" && tokens[k + 1].Is("("))
                {
                    componentsEnd = Parentheses.Closing(tokens, k + 1);
                }
                if (tokens[k].Kind == TokenKind.Identifier && Declared(tokens, k) is { } type)
                {
                    // A record's component is read through the accessor of its name.
                    var key = tokens[k + 1].Is("(") || k < componentsEnd ? tokens[k].Text + "(" : tokens[k].Text;
                    types[key] = types.TryGetValue(key, out var known) && known != type ? Conflicting : type;
                }
            }
        }
        return types.Where(pair => pair.Value != Conflicting).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// The type the name at <paramref name="at"/> is declared with there, when that is a declaration: a type right
    /// before it, and after it what follows a declared name (<c>(</c> for a method, <c>= ; , ) :</c> otherwise).
    /// </summary>
    public static string? Declared(IReadOnlyList<CodeToken> tokens, int at)
    {
        if (at < 1 || at + 1 >= tokens.Count || tokens[at + 1].Text is not ("(" or "=" or ";" or "," or ")" or ":"))
        {
            return null;
        }
        var type = tokens[at - 1];
        if (type.Kind == TokenKind.Keyword && type.Text is "int" or "long" or "short" or "byte" or "char" or "boolean" or "double" or "float" or "void")
        {
            return "primitive";
        }
        if (type.Is("]"))
        {
            return "[]";
        }
        if (type.Is(">"))
        {
            return GenericBase(tokens, at - 1);
        }
        return type.Kind == TokenKind.Identifier && char.IsUpper(type.Text[0]) && (at < 2 || tokens[at - 2].Text is not ("." or "new")) ? type.Text : null;
    }

    /// <summary>The class name before the type arguments that end at <paramref name="close"/> (<c>List&lt;String&gt;</c> gives List).</summary>
    private static string? GenericBase(IReadOnlyList<CodeToken> tokens, int close)
    {
        var depth = 0;
        for (var i = close; i > 0; i--)
        {
            depth += tokens[i].Text switch { ">" => 1, ">>" => 2, "<" => -1, _ => 0 };
            if (depth == 0)
            {
                return tokens[i - 1] is { Kind: TokenKind.Identifier } name && char.IsUpper(name.Text[0]) ? name.Text : null;
            }
        }
        return null;
    }
}
