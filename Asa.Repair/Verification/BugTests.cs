using System.Text.RegularExpressions;

namespace Asa.Repair.Verification;

/// <summary>
/// Which failing tests are the bug's: those whose id or failure message shares a word with the bug report (identifiers
/// split into words: <c>isLeapYear</c> is "leap" and "year"). A fix must make each of them pass. A failing test the
/// report has no word in common with may be broken for a reason of its own (flaky, platform-specific, broken on main),
/// and may go on failing exactly as before, as a pre-existing failure.
/// </summary>
public static partial class BugTests
{
    private const int MinWordLength = 3;

    private static readonly HashSet<string> Ordinary = new(StringComparer.Ordinal)
    {
        "test", "tests", "testing", "returns", "return", "should", "instead", "when", "with", "that", "this", "from", "into", "than", "then",
        "wrong", "wrongly", "correct", "correctly", "value", "values", "result", "results", "expected", "actual", "error", "errors", "fails",
        "failed", "failure", "true", "false", "none", "null", "undefined", "assert", "assertion", "equal", "equals", "case", "cases", "does",
        "doesn", "have", "been", "were", "which", "while", "also", "only", "every", "some", "there", "their", "they", "what", "always",
        "never", "still", "after", "before", "works", "work", "called", "call", "gives", "give", "given", "strictly",
        "the", "and", "for", "not", "but", "are", "was", "has", "had", "its", "all", "any", "can", "get", "got", "set", "new", "old",
        "use", "see", "yes", "off", "out", "now", "why", "how", "who", "you", "our", "per", "too", "via", "def", "let", "var", "int",
        "str", "bug", "fix",
    };

    /// <summary>Whether a test that failed before may go on failing the same way: true when it is not the bug's.</summary>
    public static Func<string, TestResult, bool> MayStillFail(string bugDescription)
    {
        var bugWords = Words(bugDescription);
        return (id, result) => !Words(id + " " + result.Message).Overlaps(bugWords);
    }

    /// <summary>For a test written for the bug: every failing test is the bug's.</summary>
    public static bool NoneMayStillFail(string id, TestResult result) => false;

    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match identifier in Identifier().Matches(text))
        {
            foreach (Match part in WordPart().Matches(identifier.Value))
            {
                var word = part.Value.ToLowerInvariant();
                if (word.Length >= MinWordLength && !Ordinary.Contains(word))
                {
                    words.Add(word);
                }
            }
        }
        return words;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    // camelCase and PascalCase humps, snake_case parts, and runs of capitals (HTTPServer: HTTP, Server).
    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex WordPart();
}
