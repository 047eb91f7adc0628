using System.Text.RegularExpressions;

namespace Asa.Repair.Verification;

/// <summary>
/// The repository's whole test suite for a test command that selects part of it: the same runner, in the same
/// directory, with its options, without the files, directories, ids and filters that narrow it (pytest's paths, ids,
/// <c>-k</c>, <c>-m</c> and <c>--deselect</c>; files given to <c>node --test</c>; <c>dotnet test --filter</c>; Maven's
/// <c>-Dtest=</c>). Null when the command selects nothing, or is not one of those runners.
/// </summary>
public static partial class WholeSuiteCommand
{
    // Options whose value is the next word, which is not a selector.
    private static readonly HashSet<string> OptionsWithValues = new(StringComparer.Ordinal)
    {
        "-p", "-c", "-o", "-W", "-n", "-r", "--tb", "--rootdir", "--maxfail", "--durations", "--import-mode", "--basetemp",
        "--test-reporter", "--test-reporter-destination", "--test-concurrency", "--test-timeout",
        "--configuration", "--framework", "--logger", "--verbosity", "--settings",
    };

    private static readonly HashSet<string> Selectors = new(StringComparer.Ordinal) { "-k", "-m", "--deselect", "--filter", "--test-name-pattern" };

    public static string? For(string command)
    {
        var match = Shape().Match(command.Trim());
        if (!match.Success)
        {
            return null;
        }
        var (prefix, runner, arguments) = (match.Groups["prefix"].Value, match.Groups["runner"].Value, match.Groups["args"].Value);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        var narrowed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Selectors.Contains(word) && i + 1 < words.Length)
            {
                narrowed = true;
                i++;
            }
            else if (Selectors.Any(s => word.StartsWith(s + "=", StringComparison.Ordinal)) || word.StartsWith("-Dtest=", StringComparison.Ordinal)
                     || word == "--test-only" || word.StartsWith("-k", StringComparison.Ordinal) && word.Length > 2 && runner.Contains("pytest", StringComparison.Ordinal))
            {
                narrowed = true;
            }
            else if (OptionsWithValues.Contains(word) && i + 1 < words.Length)
            {
                kept.Add(word);
                kept.Add(words[++i]);
            }
            else if (!word.StartsWith('-') && !runner.StartsWith("dotnet", StringComparison.Ordinal) && !runner.StartsWith("mvn", StringComparison.Ordinal))
            {
                narrowed = true;
            }
            else
            {
                kept.Add(word);
            }
        }
        return narrowed ? string.Join(' ', new[] { prefix + runner }.Concat(kept)) : null;
    }

    // Quotes, pipes, redirections and further commands make the command's shape unknown: it is then taken as it is.
    [GeneratedRegex(@"^(?<prefix>(?:cd\s+[\w./-]+\s*&&\s*)?)(?<runner>python3?\s+-m\s+pytest|pytest(?:-3)?|node\s+--test|dotnet\s+test|mvn(?:\s+-q)?\s+test)(?<args>(?:\s+[^\s'""|;&<>`$()]+)*)\s*$")]
    private static partial Regex Shape();
}
