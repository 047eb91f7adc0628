using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// A suspicious line and what the operators need to edit it: the file's text and tokens (comments left out), the
/// line's own tokens, and the names in scope around it.
/// </summary>
public sealed class MutationSite
{
    private const int ScopeRadius = 25;

    public MutationSite(SourceLanguage language, string path, string text, IReadOnlyList<CodeToken> tokens, int line, (int Start, int End)? enclosingFunction)
    {
        Language = language;
        Path = path;
        Text = text;
        Tokens = tokens;
        Line = line;
        First = FirstIndexOnLine(tokens, line);
        End = First;
        while (End < tokens.Count && tokens[End].Line == line)
        {
            End++;
        }
        var (scopeStart, scopeEnd) = enclosingFunction ?? (line - ScopeRadius, line + ScopeRadius);
        ScopeStart = scopeStart;
        ScopeEnd = scopeEnd;
        LineStart = line == 1 ? 0 : NthLineStart(text, line);
        var lineEnd = text.IndexOf('\n', LineStart);
        LineEnd = lineEnd < 0 ? text.Length : lineEnd;
    }

    public SourceLanguage Language { get; }

    /// <summary>The types the repository's Java files declare their names with (<see cref="JavaDeclaredTypes"/>), when known.</summary>
    public IReadOnlyDictionary<string, string>? RepositoryTypes { get; init; }

    public string Path { get; }

    public string Text { get; }

    /// <summary>Every token of the file but comments.</summary>
    public IReadOnlyList<CodeToken> Tokens { get; }

    public int Line { get; }

    /// <summary>The index in <see cref="Tokens"/> of the line's first token; <see cref="End"/> is one past its last.</summary>
    public int First { get; }

    public int End { get; }

    /// <summary>The lines of the function around the line (or of the lines near it, outside any function).</summary>
    public int ScopeStart { get; }

    public int ScopeEnd { get; }

    /// <summary>Where the line starts in <see cref="Text"/>, and where its newline is.</summary>
    public int LineStart { get; }

    public int LineEnd { get; }

    public bool IsEmpty => First == End;

    public CodeToken this[int index] => Tokens[index];

    public CodeToken? At(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    public string LineText => Text[LineStart..LineEnd];

    public string Indentation => LineText[..(LineText.Length - LineText.TrimStart(' ', '\t').Length)];

    /// <summary>Whether the line is a whole simple statement: nothing opens a block, nothing continues onto the next line.</summary>
    public bool IsSimpleStatement
    {
        get
        {
            if (IsEmpty || Tokens[End - 1].End > LineEnd || !BracketsCloseOnLine())
            {
                return false;
            }
            var first = Tokens[First].Text;
            if (Language == SourceLanguage.Python)
            {
                return !Tokens[End - 1].Is(":") && !Tokens[End - 1].Is(",") && !LineText.TrimEnd().EndsWith('\\')
                       && first is not ("def" or "class" or "elif" or "else" or "except" or "finally" or "try" or "if" or "for" or "while" or "with" or "@" or "return" or "raise");
            }
            return Tokens[End - 1].Is(";") && first is not ("for" or "return" or "throw" or "case" or "break" or "continue");
        }
    }

    /// <summary>The names used as plain variables in scope: not after a dot, not called, not keywords or types.</summary>
    public IReadOnlyList<string> Variables => variables ??= ScopeTokens()
        .Where(i => IsVariableUse(i))
        .Select(i => Tokens[i].Text)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private IReadOnlyList<string>? variables;

    public bool IsVariableUse(int index)
    {
        var token = Tokens[index];
        if (token.Kind != TokenKind.Identifier || At(index - 1) is { } before && (before.Is(".") || before.Is("?.") || before.Text is "new" or "def" or "class" or "function" or "import" or "from"))
        {
            return false;
        }
        if (At(index + 1) is { } after && (after.Is("(") || after.Kind == TokenKind.Identifier || after.Is(".") && Language != SourceLanguage.Python && char.IsUpper(token.Text[0])))
        {
            return false;
        }
        // A generic type's name (List<int>) is followed by '<' with no space.
        return !(At(index + 1) is { } next && next.Is("<") && next.Start == token.End);
    }

    /// <summary>The index in <see cref="Tokens"/> of the first token on <paramref name="line"/> or after it.</summary>
    public int FirstTokenOn(int line) => FirstIndexOnLine(Tokens, line);

    public string Replace(int start, int length, string replacement) =>
        string.Concat(Text.AsSpan(0, start), replacement, Text.AsSpan(start + length));

    public IEnumerable<int> ScopeTokens()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Line >= ScopeStart && Tokens[i].Line <= ScopeEnd)
            {
                yield return i;
            }
        }
    }

    /// <summary>The index of the bracket that opens the one at <paramref name="close"/>, or -1.</summary>
    public int Opening(int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            if (Tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }
            depth += Tokens[i].Text is ")" or "]" or "}" ? 1 : Tokens[i].Text is "(" or "[" or "{" ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, or -1.</summary>
    public int Closing(int open)
    {
        var depth = 0;
        for (var i = open; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }
            depth += Tokens[i].Text is "(" or "[" or "{" ? 1 : Tokens[i].Text is ")" or "]" or "}" ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private bool BracketsCloseOnLine()
    {
        var depth = 0;
        for (var i = First; i < End; i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation)
            {
                depth += Tokens[i].Text is "(" or "[" or "{" ? 1 : Tokens[i].Text is ")" or "]" or "}" ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static int FirstIndexOnLine(IReadOnlyList<CodeToken> tokens, int line)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Line < line)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Where 1-based <paramref name="line"/> starts in <paramref name="text"/>; the text's length past its last line.</summary>
    internal static int NthLineStart(string text, int line)
    {
        var position = 0;
        for (var current = 1; current < line; current++)
        {
            position = text.IndexOf('\n', position) + 1;
            if (position == 0)
            {
                return text.Length;
            }
        }
        return position;
    }
}
