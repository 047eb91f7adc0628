using System.Text;
using System.Text.RegularExpressions;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>The test runners a warm driver can run without a sandbox start per candidate.</summary>
public enum WarmRunner
{
    Pytest,
    NodeTest,
    DotnetRun,

    /// <summary>javac then <c>java … org.junit.runner.JUnitCore</c>, however the command spells them (see <see cref="WarmCommand.Script"/>).</summary>
    JUnit,
}

/// <summary>
/// A test command a warm driver can run as the shell would: <c>python3 -m pytest …</c>, <c>pytest …</c>,
/// <c>node --test …</c> or <c>dotnet run [--project p] [-c cfg] [-- args]</c>, optionally after <c>cd dir &amp;&amp;</c>,
/// with plain or single-quoted arguments. A command the shell would do more with (variables, globs, pipes, several
/// commands) is not one: it keeps one sandbox run a candidate. <see cref="Arguments"/> are the test runner's, or for
/// <c>dotnet run</c> the program's. A Java command (javac and JUnit 4's <c>JUnitCore</c>) is the exception: users
/// write those many ways, so it is kept whole and the Java host's warm-up records what javac and java were given.
/// </summary>
public sealed partial record WarmCommand(WarmRunner Runner, string Directory, string Interpreter, bool PythonModule, IReadOnlyList<string> Arguments)
{
    /// <summary>The project <c>dotnet run</c> builds (a file or folder), or null for the one in the command's folder.</summary>
    public string? Project { get; init; }

    /// <summary>The build configuration <c>dotnet run</c> was given, or null for its default.</summary>
    public string? Configuration { get; init; }

    /// <summary>The whole command, for a runner whose warm-up runs it as the shell would (<see cref="WarmRunner.JUnit"/>).</summary>
    public string? Script { get; init; }

    public static WarmCommand? Parse(string command)
    {
        if (IsJUnit(command))
        {
            return new(WarmRunner.JUnit, ".", "java", false, []) { Script = command };
        }
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
            ["dotnet", "run", .. var rest] => DotnetRun(directory, rest),
            _ => null,
        };
    }

    /// <summary>
    /// <c>dotnet run</c>'s options that only choose what is built; any other option (a framework, a launch profile,
    /// properties) changes the build in ways the warm host does not follow, so the command stays classic.
    /// </summary>
    private static WarmCommand? DotnetRun(string directory, IReadOnlyList<string> words)
    {
        string? project = null;
        string? configuration = null;
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "--":
                    return new(WarmRunner.DotnetRun, directory, "dotnet", false, [.. words.Skip(i + 1)]) { Project = project, Configuration = configuration };
                case "--project" when project is null && i + 1 < words.Count && !words[i + 1].StartsWith('-'):
                    project = words[++i];
                    break;
                case "-c" or "--configuration" when configuration is null && i + 1 < words.Count && !words[i + 1].StartsWith('-'):
                    configuration = words[++i];
                    break;
                default:
                    return null;
            }
        }
        return new(WarmRunner.DotnetRun, directory, "dotnet", false, []) { Project = project, Configuration = configuration };
    }

    /// <summary>Whether the command's words include both javac and JUnit 4's command-line runner.</summary>
    private static bool IsJUnit(string command)
    {
        var words = ShellWordBreakRegex().Split(command);
        return words.Contains("javac", StringComparer.Ordinal) && words.Contains("org.junit.runner.JUnitCore", StringComparer.Ordinal);
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

    [GeneratedRegex(@"[\s;&|()<>`'""$]+")]
    private static partial Regex ShellWordBreakRegex();

    [GeneratedRegex(@"^\s*cd\s+(?<dir>[\w./-]+)\s*&&\s*")]
    private static partial Regex CdPrefixRegex();
}
