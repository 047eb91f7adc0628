using System.Text;
using System.Text.RegularExpressions;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>The test runners a warm driver can run without a sandbox start per candidate.</summary>
public enum WarmRunner
{
    Pytest,
    NodeTest,
}

/// <summary>
/// A test command a warm driver can run as the shell would: <c>python3 -m pytest …</c>, <c>pytest …</c> or
/// <c>node --test …</c>, optionally after <c>cd dir &amp;&amp;</c>, with plain or single-quoted arguments. A command the
/// shell would do more with (variables, globs, pipes, several commands) is not one: it keeps one sandbox run a candidate.
/// </summary>
public sealed partial record WarmCommand(WarmRunner Runner, string Directory, string Interpreter, bool PythonModule, IReadOnlyList<string> Arguments)
{
    public static WarmCommand? Parse(string command)
    {
        var directory = ".";
        if (CdPrefixRegex().Match(command) is { Success: true } cd)
        {
            directory = cd.Groups["dir"].Value;
            command = command[cd.Length..];
        }
        if (Words(command) is not { Count: > 0 } words)
        {
            return null;
        }
        return words switch
        {
            [var python, "-m", "pytest", .. var rest] when python is "python3" or "python" => new(WarmRunner.Pytest, directory, python, true, rest),
            [var script, .. var rest] when script is "pytest" or "pytest-3" => new(WarmRunner.Pytest, directory, "python3", false, rest),
            ["node", "--test", .. var rest] => new(WarmRunner.NodeTest, directory, "node", false, rest),
            _ => null,
        };
    }

    /// <summary>The words the shell would pass, or null when it would expand, redirect or chain anything.</summary>
    private static List<string>? Words(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    return null;
                }
                word.Append(command, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c is ' ' or '\t')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (char.IsLetterOrDigit(c) || "-_./:=,+@%^".Contains(c))
            {
                word.Append(c);
                inWord = true;
            }
            else
            {
                return null;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        // An assignment before the command changes its environment, which a driver would not see.
        return words.Count > 0 && words[0].Contains('=') ? null : words;
    }

    [GeneratedRegex(@"^\s*cd\s+(?<dir>[\w./-]+)\s*&&\s*")]
    private static partial Regex CdPrefixRegex();
}
