using Asa.Repair.Diffs;
using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// Whether an edit takes behaviour away rather than correcting it: it deletes a statement (or leaves only
/// <c>pass</c> in its place), it makes a recursive call pass a parameter on unchanged where it passed something
/// else before, so the recursion no longer makes progress on that argument, it leaves a variable set and never read
/// (what it computes is lost, as a compiler's or linter's unused warning would say), it makes an <c>if</c>'s branch return what
/// the statement after the <c>if</c> returns, so the condition no longer decides anything (the "trivial condition"
/// anti-pattern of Tan et al., "Anti-patterns in Search-Based Program Repair", FSE 2016), or (JavaScript, where nothing
/// stops it) it makes a call pass more arguments than the function of the file it calls takes, so one is silently dropped,
/// or it breaks code written in parallel (<see cref="BrokenParallel"/>), or it looks a collection up by another name than
/// the file always does (<see cref="DeviantKey"/>), or it folds two of a run of assignments onto one target
/// (<see cref="CollapsedUpdates"/>), or it sets a field afresh just before updating it (<see cref="StateReset"/>), or it writes a statement twice in a row. Tests that check too little pass such
/// edits as readily as the right fix (Qi et al., "An Analysis of Patch Plausibility and Correctness for
/// Generate-and-Validate Patch Generation Systems", ISSTA 2015: most plausible patches of GenProg and RSRepair delete
/// functionality), so they rank last among edits that passed.
/// </summary>
public static class BehaviourLoss
{
    public const string Deletion = "deletes a statement";

    /// <summary>
    /// Whether an edit that passed the tests is still no fix to propose, as the anti-patterns of Tan et al. are not
    /// applied at all: every loss but a deleted statement (an extra statement is a bug of its own, which deleting it
    /// fixes). No fix duplicates a statement, compares a value with itself, recurses without progress, computes a value
    /// for nothing, makes a condition decide nothing, drops an argument, breaks code written in parallel, looks a
    /// collection up by a name the file never uses for it, folds a run of assignments onto one target or resets a field just before updating it.
    /// </summary>
    public static bool MakesNoFix(string? loss) => loss is not null && loss != Deletion;

    /// <summary>How an edit ranks by what it takes away: 0 nothing, 1 a deleted statement, 2 what no fix does.</summary>
    public static int Rank(string? loss) => loss is null ? 0 : MakesNoFix(loss) ? 2 : 1;

    /// <summary>What the edit takes away, in words; null when it takes nothing away.</summary>
    public static string? Of(CandidateEdit candidate)
    {
        var (added, removed) = UnifiedDiff.ChangedLines(candidate.Original, candidate.Changed);
        if (removed.Any(line => !IsTrivial(line)) && added.All(IsTrivial))
        {
            return Deletion;
        }
        if (Languages.Editable(candidate.Path) is not { } language)
        {
            return null;
        }
        if (UndecidingConditions(language, candidate.Changed) > UndecidingConditions(language, candidate.Original))
        {
            return "makes an if return what the code after it returns, so its condition decides nothing";
        }
        if (RecursesWithoutProgress(language, candidate))
        {
            return "makes a recursive call pass a parameter on unchanged, so the recursion no longer progresses";
        }
        if (language == SourceLanguage.JavaScript && DroppedArgument(language, candidate) is { } callee)
        {
            return $"makes a call pass '{callee}' more arguments than it takes, so one is ignored";
        }
        if (SelfComparisons(language, candidate.Changed).Except(SelfComparisons(language, candidate.Original), StringComparer.Ordinal).FirstOrDefault() is { } compared)
        {
            return $"compares '{compared}' with itself, so the test always gives the same answer";
        }
        if (NewlyUnread(language, candidate) is { } unread)
        {
            return $"leaves '{unread}' set and never read, so what it computes is lost";
        }
        return BrokenParallel.Of(language, candidate)
               ?? DeviantKey.Of(language, candidate)
               ?? CollapsedUpdates.Of(language, candidate)
               ?? StateReset.Of(language, candidate)
               ?? (RepeatedStatements(candidate.Changed) > RepeatedStatements(candidate.Original) ? "repeats the statement next to it, so whatever it does is done twice" : null);
    }

    /// <summary>
    /// The operands the text compares with themselves (<c>a == a</c>, <c>x.equals(x)</c>, <c>p.Id.CompareTo(p.Id)</c>), which
    /// always give the same answer: Pylint's R0124 (comparison-with-itself), ESLint's no-self-compare and SpotBugs'
    /// SA_LOCAL_SELF_COMPARISON report them as bugs.
    /// </summary>
    private static List<string> SelfComparisons(SourceLanguage language, string text)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var found = new List<string>();
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Operator && token.Text is "==" or "!=" or "===" or "!==" or "<" or ">" or "<=" or ">="
                || token.Kind == TokenKind.Keyword && token.Text == "is" && language == SourceLanguage.Python)
            {
                var left = Operand(tokens, i - 1, backwards: true);
                var right = Operand(tokens, token.Text == "is" && tokens[i + 1].Text == "not" ? i + 2 : i + 1, backwards: false);
                if (left.Length > 0 && left == right)
                {
                    found.Add(left);
                }
            }
            else if (token.Text is "equals" or "Equals" or "compareTo" or "CompareTo" && tokens[i - 1].Text == "." && tokens[i + 1].Text == "("
                     && Operand(tokens, i - 2, backwards: true) is { Length: > 0 } receiver && Operand(tokens, i + 2, backwards: false) == receiver)
            {
                found.Add(receiver);
            }
        }
        return found;
    }

    /// <summary>The operand chain (<see cref="OperandChain"/>) ending at (backwards) or starting at <paramref name="at"/>, its tokens joined; empty when there is none.</summary>
    private static string Operand(IReadOnlyList<CodeToken> tokens, int at, bool backwards) =>
        (backwards ? OperandChain.EndingAt(tokens, at) : OperandChain.StartingAt(tokens, at)) is var (first, last)
            ? string.Concat(tokens.Skip(first).Take(last - first + 1).Select(t => t.Text))
            : "";

    /// <summary>A name the file read before the edit and only sets after it; null when there is none.</summary>
    private static string? NewlyUnread(SourceLanguage language, CandidateEdit candidate)
    {
        var before = UnreadNames.In(CodeTokenizer.Tokenize(language, candidate.Original));
        return UnreadNames.In(CodeTokenizer.Tokenize(language, candidate.Changed)).Where(name => !before.Contains(name)).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>
    /// A function of the file that the edit makes a plain call (not a method call) give more arguments than it
    /// declares, more often than before; null when there is none. A function that reads <c>arguments</c> or has a rest
    /// parameter takes any number.
    /// </summary>
    private static string? DroppedArgument(SourceLanguage language, CandidateEdit candidate)
    {
        var after = CodeTokenizer.Tokenize(language, candidate.Changed).Where(t => t.Kind != TokenKind.Comment).ToList();
        if (after.Any(t => t.Text == "arguments"))
        {
            return null;
        }
        var before = OverlongCalls(CodeTokenizer.Tokenize(language, candidate.Original).Where(t => t.Kind != TokenKind.Comment).ToList());
        return OverlongCalls(after).FirstOrDefault(call => call.Value > before.GetValueOrDefault(call.Key)).Key;
    }

    /// <summary>How many plain calls of each function the file defines once pass more arguments than it declares.</summary>
    private static Dictionary<string, int> OverlongCalls(IReadOnlyList<CodeToken> tokens)
    {
        var declared = new Dictionary<string, int?>(StringComparer.Ordinal);
        var definitionSites = new HashSet<int>();
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            // `function name(…)`, or `name = function (…)` / `name = (…) =>`.
            var open = tokens[i - 1].Text == "function" && tokens[i + 1].Is("(") ? i + 1
                : tokens[i + 1].Is("=") && i + 2 < tokens.Count && tokens[i + 2].Is("(") && ArrowAfter(tokens, i + 2) ? i + 2
                : tokens[i + 1].Is("=") && i + 3 < tokens.Count && tokens[i + 2].Text == "function" && tokens[i + 3].Is("(") ? i + 3
                : -1;
            if (open < 0 || tokens[i].Kind != TokenKind.Identifier || Parentheses.Closing(tokens, open) is var close && close < 0)
            {
                continue;
            }
            definitionSites.Add(i);
            var name = tokens[i].Text;
            declared[name] = declared.ContainsKey(name) || Variadic(tokens, open, close) ? null : ArgumentCount(tokens, open, close);
        }
        var overlong = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (definitionSites.Contains(i) || !tokens[i + 1].Is("(") || i > 0 && tokens[i - 1].Is(".")
                || declared.GetValueOrDefault(tokens[i].Text) is not { } takes || Parentheses.Closing(tokens, i + 1) is var close && close < 0)
            {
                continue;
            }
            if (ArgumentCount(tokens, i + 1, close) > takes)
            {
                overlong[tokens[i].Text] = overlong.GetValueOrDefault(tokens[i].Text) + 1;
            }
        }
        return overlong;
    }

    private static bool ArrowAfter(IReadOnlyList<CodeToken> tokens, int open) =>
        Parentheses.Closing(tokens, open) is var close && close > 0 && close + 1 < tokens.Count && tokens[close + 1].Is("=>");

    private static bool Variadic(IReadOnlyList<CodeToken> tokens, int open, int close) =>
        tokens.Skip(open + 1).Take(close - open - 1).Any(t => t.Text == "...");

    /// <summary>The items between a bracket and its match, separated by commas at their own depth (a destructured parameter is one).</summary>
    private static int ArgumentCount(IReadOnlyList<CodeToken> tokens, int open, int close)
    {
        if (close == open + 1)
        {
            return 0;
        }
        var (count, depth) = (1, 0);
        for (var i = open + 1; i < close; i++)
        {
            depth += tokens[i].Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 };
            if (depth == 0 && tokens[i].Is(",") && i + 1 < close)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// How many lines repeat the line just above them word for word: a statement written twice in a row does nothing the
    /// first did not (an assignment) or does its side effect twice, which tests that check too little pass by accident.
    /// </summary>
    private static int RepeatedStatements(string text)
    {
        var lines = text.Split('\n');
        return Enumerable.Range(1, Math.Max(0, lines.Length - 1))
            .Count(i => !IsTrivial(lines[i]) && lines[i].Trim().Any(char.IsLetterOrDigit) && string.Equals(lines[i].Trim(), lines[i - 1].Trim(), StringComparison.Ordinal));
    }

    private static bool IsTrivial(string line) => line.Trim() is "" or "pass" or ";" or "{" or "}";

    /// <summary>
    /// How many <c>if</c>s return in their branch exactly what the statement right after them returns: <c>if c:</c> /
    /// <c>return x</c> / <c>return x</c> in Python; <c>if (c) return x;</c> or <c>if (c) {</c> / <c>return x;</c> /
    /// <c>}</c>, then <c>return x;</c>, in the C-like languages.
    /// </summary>
    private static int UndecidingConditions(SourceLanguage language, string text)
    {
        var lines = text.Split('\n').Where(line => line.Trim().Length > 0).ToList();
        var count = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var head = lines[i].Trim();
            if (!head.StartsWith("if ", StringComparison.Ordinal) && !head.StartsWith("if(", StringComparison.Ordinal))
            {
                continue;
            }
            var indent = Indent(lines[i]);
            string? branch = null;
            var after = -1;
            if (language == SourceLanguage.Python)
            {
                (branch, after) = head.EndsWith(':') && i + 2 < lines.Count && Indent(lines[i + 1]) > indent ? (lines[i + 1].Trim(), i + 2) : (null, -1);
            }
            else if (head.EndsWith('{'))
            {
                (branch, after) = i + 3 < lines.Count && lines[i + 2].Trim() == "}" ? (lines[i + 1].Trim(), i + 3) : (null, -1);
            }
            else if (head.IndexOf(" return", StringComparison.Ordinal) is var inline and > 0 && head.EndsWith(';'))
            {
                (branch, after) = (head[(inline + 1)..], i + 1);
            }
            if (branch is not null && branch.StartsWith("return", StringComparison.Ordinal) && Indent(lines[after]) == indent && lines[after].Trim() == branch)
            {
                count++;
            }
        }
        return count;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static bool RecursesWithoutProgress(SourceLanguage language, CandidateEdit candidate)
    {
        var before = CodeTokenizer.Tokenize(language, candidate.Original).Where(t => t.Kind != TokenKind.Comment).ToList();
        var after = CodeTokenizer.Tokenize(language, candidate.Changed).Where(t => t.Kind != TokenKind.Comment).ToList();
        if (Definition(before, candidate.Line) is not var (name, parameters))
        {
            return false;
        }
        var callsBefore = Calls(before.Where(t => t.Line == candidate.Line).ToList(), name);
        var callsAfter = Calls(after.Where(t => t.Line == candidate.Line).ToList(), name);
        if (callsBefore.Count != callsAfter.Count)
        {
            return false;
        }
        for (var call = 0; call < callsAfter.Count; call++)
        {
            var (was, now) = (callsBefore[call].Arguments, callsAfter[call].Arguments);
            // `self.walk(a)` passes `a` to the parameter after `self`.
            var skip = callsAfter[call].OnReceiver && parameters.FirstOrDefault() is "self" or "cls" ? 1 : 0;
            for (var i = 0; i < Math.Min(was.Count, now.Count) && i + skip < parameters.Count; i++)
            {
                if (now[i] == parameters[i + skip] && was[i] != parameters[i + skip])
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The function around a line: the nearest definition above it (<c>def name(…)</c>, <c>function name(…)</c>, or a
    /// name and parameters followed by <c>{</c>), with its parameters' names in order.
    /// </summary>
    private static (string Name, IReadOnlyList<string> Parameters)? Definition(IReadOnlyList<CodeToken> tokens, int line)
    {
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (tokens[i].Line > line || !tokens[i].Is("(") || tokens[i - 1].Kind != TokenKind.Identifier)
            {
                continue;
            }
            var close = Parentheses.Closing(tokens, i);
            if (close < 0 || close + 1 >= tokens.Count)
            {
                continue;
            }
            var defines = i >= 2 && tokens[i - 2].Text is "def" or "function"
                          || tokens[close + 1].Is("{") && i >= 2 && tokens[i - 2].Kind is TokenKind.Identifier or TokenKind.Keyword && tokens[i - 2].Text is not ("new" or "return");
            if (defines)
            {
                return (tokens[i - 1].Text, Parameters(tokens, i, close));
            }
        }
        return null;
    }

    private static List<string> Parameters(IReadOnlyList<CodeToken> tokens, int open, int close)
    {
        // A parameter's name is the last name before its comma, default or annotation: `x`, `int x`, `x: int = 0`.
        var names = new List<string>();
        string? last = null;
        var depth = 0;
        var inDefaultOrType = false;
        for (var i = open + 1; i < close; i++)
        {
            var token = tokens[i];
            if (token.Text is "(" or "[" or "{" or "<")
            {
                depth++;
            }
            else if (token.Text is ")" or "]" or "}" or ">")
            {
                depth--;
            }
            else if (depth == 0 && token.Is(","))
            {
                names.Add(last ?? "");
                (last, inDefaultOrType) = (null, false);
            }
            else if (depth == 0 && (token.Is("=") || token.Is(":")))
            {
                inDefaultOrType = true;
            }
            else if (depth == 0 && !inDefaultOrType && (token.Kind == TokenKind.Identifier || token.Text is "self" or "cls"))
            {
                last = token.Text;
            }
        }
        if (last is not null)
        {
            names.Add(last);
        }
        return names;
    }

    /// <summary>Each call of <paramref name="name"/> on the line: whether it is made on a receiver, and its arguments' texts.</summary>
    private static List<(bool OnReceiver, List<string> Arguments)> Calls(IReadOnlyList<CodeToken> line, string name)
    {
        var calls = new List<(bool, List<string>)>();
        for (var i = 0; i + 1 < line.Count; i++)
        {
            if (line[i].Text != name || !line[i + 1].Is("(") || i > 0 && line[i - 1].Text is "def" or "function")
            {
                continue;
            }
            var close = Parentheses.Closing(line, i + 1);
            if (close < 0)
            {
                continue;
            }
            var arguments = new List<string>();
            var current = new List<string>();
            var depth = 0;
            for (var j = i + 2; j < close; j++)
            {
                var token = line[j];
                depth += token.Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 };
                if (depth == 0 && token.Is(","))
                {
                    arguments.Add(string.Concat(current));
                    current.Clear();
                }
                else
                {
                    current.Add(token.Text);
                }
            }
            if (current.Count > 0)
            {
                arguments.Add(string.Concat(current));
            }
            calls.Add((i > 0 && line[i - 1].Is("."), arguments));
        }
        return calls;
    }
}
