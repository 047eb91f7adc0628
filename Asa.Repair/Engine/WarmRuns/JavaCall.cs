using System.Text;
using System.Text.RegularExpressions;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// One call of <c>javac</c> or <c>java</c> the Java host's warm-up recorded while the test command ran: the folder it ran
/// in, its arguments and the <c>CLASSPATH</c> it saw (null when unset), as the warm-up printed them.
/// </summary>
public sealed partial record JavaCall(string Tool, string Directory, IReadOnlyList<string> Arguments, string? ClassPath)
{
    /// <summary>The workspace's root and the calls, in order, from the warm-up's output; null when it printed no root.</summary>
    public static (string Root, IReadOnlyList<JavaCall> Calls)? Parse(string output)
    {
        var root = RootRegex().Match(output);
        if (!root.Success)
        {
            return null;
        }
        var calls = CallRegex().Matches(output)
            .OrderBy(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => new JavaCall(m.Groups["tool"].Value, Decode(m.Groups["cwd"].Value), Split(Decode(m.Groups["args"].Value)),
                m.Groups["cp"].Value == "-" ? null : Decode(m.Groups["cp"].Value[1..])))
            .ToList();
        return (Decode(root.Groups["root"].Value), calls);
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    /// <summary>The arguments, each ended by a NUL as the recorder wrote them.</summary>
    private static List<string> Split(string arguments) =>
        arguments.Length == 0 ? [] : [.. arguments[..^1].Split('\0')];

    [GeneratedRegex(@"^@@asa-java root x(?<root>[A-Za-z0-9+/=]*)$", RegexOptions.Multiline)]
    private static partial Regex RootRegex();

    [GeneratedRegex(@"^@@asa-java call (?<n>\d+) (?<tool>javac|java) x(?<cwd>[A-Za-z0-9+/=]*) x(?<args>[A-Za-z0-9+/=]*) (?<cp>-|x[A-Za-z0-9+/=]*)$", RegexOptions.Multiline)]
    private static partial Regex CallRegex();
}
