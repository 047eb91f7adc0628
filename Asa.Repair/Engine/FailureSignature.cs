using System.Text.RegularExpressions;

namespace Asa.Repair.Engine;

/// <summary>
/// A failing run's output with what changes from run to run taken out (timings, addresses, compiler warnings), so
/// two runs that failed the same way compare equal and a candidate that changed what the tests saw does not.
/// </summary>
public static partial class FailureSignature
{
    public static string Of(string output)
    {
        var lines = output.Replace("\r\n", "\n").Split('\n')
            .Where(line => !WarningRegex().IsMatch(line))
            .Select(line => HexRegex().Replace(DurationRegex().Replace(line, "#"), "0x#").TrimEnd());
        return string.Join('\n', lines).Trim();
    }

    [GeneratedRegex(@"\bwarning\b", RegexOptions.IgnoreCase)]
    private static partial Regex WarningRegex();

    // pytest's "in 0.03s", node's "duration_ms 1.2", JUnit's "Time: 0.01", and any "12 ms" or "(0.4s)".
    [GeneratedRegex(@"\bin \d+(?:\.\d+)?s\b|duration_ms:? \d+(?:\.\d+)?|Time: [\d.,]+|\b\d+(?:\.\d+)? ?ms\b|\(\d+(?:\.\d+)?s\)")]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"0x[0-9a-fA-F]+")]
    private static partial Regex HexRegex();
}
