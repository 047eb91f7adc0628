using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// A for or while loop found by indentation: its header line, the first and last lines of its body, and the body's
/// indentation. Indentation is enough here: the edits made inside a loop are checked for syntax before they run.
/// </summary>
public sealed record LoopBody(int Header, int FirstLine, int LastLine, string Indentation)
{
    /// <summary>The innermost loop the site's line is the header of or is inside, within the site's function.</summary>
    public static LoopBody? Around(MutationSite site)
    {
        var lines = site.Text.Split('\n');
        if (IsHeader(site, site.Line))
        {
            return Of(site, lines, site.Line);
        }
        var indent = Width(lines[site.Line - 1]);
        for (var line = site.Line - 1; line >= Math.Max(1, site.ScopeStart) && indent > 0; line--)
        {
            var text = lines[line - 1];
            // An opening brace on a line of its own (Allman style) belongs to the header above it.
            if (IsBlank(site.Language, text) || Width(text) >= indent || text.Trim() == "{")
            {
                continue;
            }
            indent = Width(text);
            if (IsHeader(site, line))
            {
                return Of(site, lines, line) is { } loop && loop.FirstLine <= site.Line && site.Line <= loop.LastLine ? loop : null;
            }
        }
        return null;
    }

    /// <summary>The variables a for loop's header names as its iteration targets ("for key, value in", "for (const x of").</summary>
    public IReadOnlySet<string> IterationTargets(MutationSite site)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var first = site.FirstTokenOn(Header);
        if (site.At(first) is not { Text: "for" or "foreach" })
        {
            return targets;
        }
        for (var i = first + 1; site.At(i) is { } token && token.Line == Header && token.Text is not ("in" or "of" or ":" or "=" or ";"); i++)
        {
            if (token.Kind == TokenKind.Identifier && site.At(i + 1) is { Text: "in" or "of" or "," or ")" or ":" })
            {
                targets.Add(token.Text);
            }
        }
        return targets;
    }

    public bool Contains(int line) => line >= Header && line <= LastLine;

    private static LoopBody? Of(MutationSite site, string[] lines, int header)
    {
        var headerWidth = Width(lines[header - 1]);
        var line = header + 1;
        while (line <= lines.Length && (IsBlank(site.Language, lines[line - 1]) || lines[line - 1].Trim() == "{"))
        {
            line++;
        }
        if (line > lines.Length || Width(lines[line - 1]) <= headerWidth)
        {
            return null;
        }
        var first = line;
        var last = line;
        for (; line <= lines.Length; line++)
        {
            if (IsBlank(site.Language, lines[line - 1]))
            {
                continue;
            }
            if (Width(lines[line - 1]) <= headerWidth)
            {
                break;
            }
            last = line;
        }
        var body = lines[first - 1];
        return new LoopBody(header, first, last, body[..(body.Length - body.TrimStart(' ', '\t').Length)]);
    }

    /// <summary>Whether the line starts a loop whose header ends on it: the body follows on the next lines.</summary>
    private static bool IsHeader(MutationSite site, int line)
    {
        var first = site.FirstTokenOn(line);
        if (site.At(first) is not { Kind: TokenKind.Keyword, Text: "for" or "while" or "foreach" } start || start.Line != line)
        {
            return false;
        }
        var last = first;
        while (site.At(last + 1) is { } next && next.Line == line)
        {
            last++;
        }
        var end = site[last].Text;
        return site.Language == SourceLanguage.Python ? end == ":" : end is ")" or "{" && site.Closing(first + 1) is var close && close >= 0 && close <= last;
    }

    private static bool IsBlank(SourceLanguage language, string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith(language == SourceLanguage.Python ? "#" : "//", StringComparison.Ordinal);
    }

    private static int Width(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c is not (' ' or '\t'))
            {
                break;
            }
            width += c == '\t' ? 8 - width % 8 : 1;
        }
        return width;
    }
}
