using System.Globalization;
using System.Text.RegularExpressions;
using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// Whether an edit agrees with what the comments above it say: the doc comment (or Python docstring) of the function
/// around the edited line and the comments between its header and that line. Comments state what the author meant, and
/// a fault is code that departs from them (Tan et al., "@tComment: Testing Javadoc Comments to Detect Comment-Code
/// Inconsistencies", ICST 2012; Rabbi and Siddik, "Detecting Code Comment Inconsistency using Siamese Recurrent
/// Network", ICPC 2020). The numbers and names the edit brings in or takes out are weighed: each brought in that the
/// comments mention counts one for the edit, each taken out that they mention one against it. A sum of "multiple of
/// 11" in the doc comment makes <c>% 10</c> → <c>% 11</c> agree, and a loop bound of 10 that the comment names disagree when changed to 9.
/// Operators count by what they say in words: <c>&amp;&amp;</c> "and", <c>||</c> "or", <c>!</c> "not", <c>&lt;=</c> and
/// <c>&gt;=</c> an inclusive bound ("at most", "or more"), <c>&lt;</c> and <c>&gt;</c> a strict one ("less than", "above").
/// </summary>
public static class DocumentedAgreement
{
    private static readonly Regex Words = new(@"<(?:inclusive|strict)>|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?", RegexOptions.CultureInvariant);

    /// <summary>How comments word a bound: inclusive ("at most", "or more") before strict ("less than", "below"), longest first.</summary>
    private static readonly Regex Bounds = new(
        @"\b(?:(?<inclusive>(?:less|more|greater|fewer|smaller|larger) than or equal(?: to)?|at (?:most|least)|at or (?:below|above|under|over|before|after)"
        + @"|or (?:more|less|fewer|greater|later|earlier)|up to|no(?:t)? (?:more|less|fewer|greater) than|inclusive(?:ly)?|or equal(?:s| to)?)"
        + @"|(?<strict>(?:less|more|fewer|greater|smaller|larger|bigger) than|below|above|exceed(?:s|ed|ing)?|strictly|exclusive(?:ly)?))\b",
        RegexOptions.CultureInvariant);

    /// <summary>What operators say in words: a logical connective, a negation, or a bound that holds its limit or not.</summary>
    private static readonly Dictionary<string, string> Connectives = new(StringComparer.Ordinal)
    {
        ["&&"] = "<and>", ["and"] = "<and>", ["||"] = "<or>", ["or"] = "<or>", ["!"] = "<not>", ["not"] = "<not>",
        ["<="] = "<inclusive>", [">="] = "<inclusive>", ["<"] = "<strict>", [">"] = "<strict>",
    };
    private static readonly Regex NamePart = new("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", RegexOptions.CultureInvariant);
    private static readonly string[] ControlWords = ["if", "for", "foreach", "while", "switch", "catch", "else", "do", "try", "using", "lock", "return", "elif", "with"];

    /// <summary>How far the edit agrees with the comments above it (positive: more than it disagrees), with the first mentioned word it brings in and takes out.</summary>
    public readonly record struct Agreement(int Score, string? BroughtIn, string? TakenOut);

    public static Agreement Of(CandidateEdit edit)
    {
        if (Languages.Editable(edit.Path) is not { } language)
        {
            return default;
        }
        var before = CodeTokenizer.Tokenize(language, edit.Original);
        var (words, function) = Documentation(language, edit.Original, before, edit.Line);
        var written = Weighed(language, before.Where(t => t.Kind != TokenKind.Comment && t.Line >= function.Start && t.Line <= function.End))
            .ToHashSet(StringComparer.Ordinal);
        return Against(language, edit, before, words, namesOnly: false, written);
    }

    /// <summary>
    /// How far the edit agrees with the user's bug report: the names it brings in and takes out that the report
    /// mentions (a report of a cancelled booking still counted mentions <c>CANCELLED</c>). Only names count: a report's
    /// numbers are the example's inputs and outputs, and its "not" and "or" describe the symptom, not the code.
    /// </summary>
    public static Agreement OfReport(CandidateEdit edit, string report)
    {
        if (Languages.Editable(edit.Path) is not { } language || string.IsNullOrWhiteSpace(report))
        {
            return default;
        }
        var words = Words.Matches(report.ToLowerInvariant()).Select(m => m.Value).Where(w => char.IsLetter(w[0])).ToList();
        return Against(language, edit, CodeTokenizer.Tokenize(language, edit.Original), words, namesOnly: true, written: null);
    }

    /// <summary>
    /// The edit's score against the words. What it brings in counts two when the comments mention it and no code of
    /// <paramref name="written"/> (the function before the edit) does: the edit resolves a mention the code left
    /// unmatched, the inconsistency itself. "A multiple of 11" over a function with no 11 in it makes <c>% 10</c> →
    /// <c>% 11</c> outweigh taking out the 10 that "weights 10 down to 1" also mentions.
    /// </summary>
    private static Agreement Against(SourceLanguage language, CandidateEdit edit, IReadOnlyList<CodeToken> before, List<string> words, bool namesOnly,
        IReadOnlySet<string>? written)
    {
        if (words.Count == 0)
        {
            return default;
        }
        var code = before.Where(t => t.Kind != TokenKind.Comment).ToList();
        var after = CodeTokenizer.Tokenize(language, edit.Changed).Where(t => t.Kind != TokenKind.Comment).ToList();
        var (prefix, suffix) = CommonEnds.Of(code.Select(t => t.Text).ToList(), after.Select(t => t.Text).ToList(), StringComparer.Ordinal);
        var removed = Weighed(language, code.Skip(prefix).Take(code.Count - prefix - suffix));
        var added = Weighed(language, after.Skip(prefix).Take(after.Count - prefix - suffix));
        var broughtIn = added.Except(removed, StringComparer.Ordinal).Where(t => (!namesOnly || char.IsLetter(t[0])) && Mentioned(t, words)).ToList();
        var takenOut = removed.Except(added, StringComparer.Ordinal).Where(t => (!namesOnly || char.IsLetter(t[0])) && Mentioned(t, words)).ToList();
        var unmatched = broughtIn.Count(t => written?.Contains(t) == false);
        return new Agreement(broughtIn.Count + unmatched - takenOut.Count, broughtIn.FirstOrDefault(), takenOut.FirstOrDefault());
    }

    /// <summary>
    /// The numbers, the names (not keywords) and the connectives and bounds (<see cref="Connectives"/>) among the tokens,
    /// numbers written as the comments would.
    /// </summary>
    private static List<string> Weighed(SourceLanguage language, IEnumerable<CodeToken> tokens) =>
    [
        .. tokens.Select(t => t.Kind switch
            {
                TokenKind.Number => NumberWord(t.Text),
                TokenKind.Operator or TokenKind.Keyword or TokenKind.Punctuation => Connectives.GetValueOrDefault(t.Text),
                TokenKind.Identifier when t.Text.Length > 1 && !LanguageKeywords.IsKeyword(language, t.Text) => t.Text,
                _ => null,
            })
            .OfType<string>(),
    ];

    /// <summary>A weighed token as the reason shows it: a connective or a bound in words.</summary>
    public static string Display(string weighed) => weighed switch
    {
        "<and>" => "and",
        "<or>" => "or",
        "<not>" => "not",
        "<inclusive>" => "an inclusive bound (at most, at least)",
        "<strict>" => "a strict bound (less than, more than)",
        _ => weighed,
    };

    private static string? NumberWord(string literal)
    {
        var digits = literal.Replace("_", "", StringComparison.Ordinal).TrimEnd('l', 'L', 'f', 'F', 'd', 'D', 'm', 'M');
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// Whether the words mention the name, word for word or by its stem (<see cref="Stem"/>): a report of an invoice
    /// "totalling" 48.00 mentions <c>total()</c>, and a "cancelled" booking <c>CANCELLED</c> as much as <c>cancel</c>.
    /// </summary>
    private static bool Mentioned(string token, IReadOnlyList<string> documentation)
    {
        if (char.IsDigit(token[0]) || token[0] == '<')
        {
            return documentation.Contains(token, StringComparer.Ordinal);
        }
        var parts = NamePart.Matches(token).Select(m => Stem(m.Value.ToLowerInvariant())).ToList();
        var whole = Stem(token.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant());
        var stems = documentation.Select(Stem).ToList();
        for (var i = 0; i < stems.Count; i++)
        {
            if (stems[i] == whole || parts.Count > 0 && i + parts.Count <= stems.Count && parts.Select((p, k) => stems[i + k] == p).All(same => same))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word without the inflection English adds to it, the first steps of Porter's stemmer ("An Algorithm for Suffix
    /// Stripping", 1980) in short: a plural or verb <c>-s</c>/<c>-es</c>, <c>-ed</c> and <c>-ing</c>, the doubled
    /// consonant these leave undone (<c>totalling</c> → <c>total</c>). At least three letters stay, so <c>bus</c> and
    /// <c>red</c> are words, not inflections. Both sides are stemmed alike, so a word that matched before still does.
    /// </summary>
    private static string Stem(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[0]))
        {
            return word;
        }
        var stem = word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 6 ? word[..^3]
            : word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && word.Length >= 5 ? word[..^2]
            : word.EndsWith("ies", StringComparison.Ordinal) && word.Length >= 5 ? word[..^3] + "y"
            : word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) ? word[..^2]
            : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) ? word[..^1]
            : word;
        // Porter keeps a doubled l (falling → fall); British spelling doubles it in longer stems (cancelled, totalling).
        var doubled = stem != word && stem.Length >= 4 && stem[^1] == stem[^2] && !"aeiousz".Contains(stem[^1], StringComparison.Ordinal)
                      && (stem[^1] != 'l' || stem.Length >= 6);
        return doubled ? stem[..^1] : stem;
    }

    /// <summary>
    /// The words of the comments that document the line: from the comment block above the header of the function around
    /// it (and a Python docstring) down to the line itself; outside a function, the comment block just above the line.
    /// Numbers are written as <see cref="NumberWord"/> writes them, names in lower case. With them, the lines of that
    /// function (of the line alone outside one).
    /// </summary>
    private static (List<string> Words, (int Start, int End) Function) Documentation(SourceLanguage language, string text, IReadOnlyList<CodeToken> tokens, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return ([], (line, line));
        }
        var header = FunctionHeader(language, lines, line);
        var function = header is { } start ? (start, BodyEnd(lines, start)) : (line, line);
        var first = CommentBlockAbove(lines, header ?? line);
        var words = new List<string>();
        foreach (var token in tokens.Where(t => t.Line >= first && t.Line <= line))
        {
            if (token.Kind == TokenKind.Comment || token.Kind == TokenKind.String && language == SourceLanguage.Python && IsDocstring(tokens, token))
            {
                var worded = Bounds.Replace(token.Text.ToLowerInvariant(), m => m.Groups["inclusive"].Success ? " <inclusive> " : " <strict> ");
                foreach (var word in Words.Matches(worded).Select(m => m.Value))
                {
                    words.Add(char.IsDigit(word[0]) ? NumberWord(word) ?? word : word);
                    if (word is "and" or "or" or "not")
                    {
                        words.Add($"<{word}>");
                    }
                }
            }
        }
        return (words, function);
    }

    /// <summary>
    /// The last line of the function whose header is at 1-based <paramref name="header"/>, its body indented below it;
    /// a brace on a line of its own right below the header (C#'s and Java's other style) opens the body in its place.
    /// </summary>
    private static int BodyEnd(string[] lines, int header) =>
        IndentedBlock.BodyEnd(lines, header < lines.Length && lines[header].Trim() == "{" ? header + 1 : header);

    /// <summary>The 1-based line of the header of the function whose body holds the line: the nearest less indented line above it that declares one.</summary>
    private static int? FunctionHeader(SourceLanguage language, string[] lines, int line)
    {
        var indentation = IndentedBlock.Indentation(lines[line - 1]);
        for (var number = line - 1; number >= 1; number--)
        {
            var text = lines[number - 1];
            if (IndentedBlock.IsBlankOrComment(text) || IsCommentLine(text) || IndentedBlock.Indentation(text) >= indentation)
            {
                continue;
            }
            var trimmed = text.Trim();
            // A brace on a line of its own opens the block of the header just above it, at the same indentation.
            indentation = IndentedBlock.Indentation(text) + (trimmed == "{" ? 1 : 0);
            if (DeclaresFunction(language, trimmed))
            {
                return number;
            }
        }
        return null;
    }

    private static bool DeclaresFunction(SourceLanguage language, string trimmed)
    {
        if (language == SourceLanguage.Python)
        {
            return trimmed.StartsWith("def ", StringComparison.Ordinal) || trimmed.StartsWith("async def ", StringComparison.Ordinal);
        }
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        var firstWord = trimmed.Split(' ', '(')[0];
        return open > 0 && !trimmed.StartsWith('}') && !ControlWords.Contains(firstWord, StringComparer.Ordinal) && !trimmed.EndsWith(';')
               && (trimmed.EndsWith('{') || trimmed.EndsWith(')') || trimmed.Contains("=>", StringComparison.Ordinal) || trimmed.Contains("throws", StringComparison.Ordinal));
    }

    /// <summary>The first line of the comments, annotations and decorators directly above the line (the line itself when there are none).</summary>
    private static int CommentBlockAbove(string[] lines, int line)
    {
        var first = line;
        for (var number = line - 1; number >= 1; number--)
        {
            var trimmed = lines[number - 1].Trim();
            if (trimmed.Length == 0 || !(IsCommentLine(trimmed) || trimmed.StartsWith('@') || trimmed.StartsWith('[')))
            {
                break;
            }
            first = number;
        }
        return first;
    }

    private static bool IsCommentLine(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('#') || trimmed.StartsWith("/*", StringComparison.Ordinal)
               || trimmed.StartsWith('*');
    }

    /// <summary>A Python string that is a statement of its own right after a <c>:</c> that ends a header: a docstring.</summary>
    private static bool IsDocstring(IReadOnlyList<CodeToken> tokens, CodeToken token)
    {
        var previous = tokens.LastOrDefault(t => t.Start < token.Start && t.Kind != TokenKind.Comment);
        return previous.Text == ":" && previous.Line < token.Line;
    }
}
