using System.Text.RegularExpressions;

namespace Asa.Repair.Verification;

/// <summary>
/// How many tests a run executed, read from the closing summary the common runners print, for runs without a
/// machine-readable report: pytest, Node's TAP, JUnit 4's JUnitCore, Maven Surefire and <c>dotnet test</c>. Null when
/// the output has no summary it knows.
/// </summary>
public static partial class TestTally
{
    public static int? Executed(string output)
    {
        if (PytestSummary().Matches(output) is { Count: > 0 } pytest)
        {
            var summary = pytest[^1].Value;
            return Sum(summary, "passed") + Sum(summary, "failed") + Sum(summary, "error") + Sum(summary, "errors");
        }
        if (NodeTests().Match(output) is { Success: true } node)
        {
            return int.Parse(node.Groups["n"].Value) - Last(NodeSkipped(), output) - Last(NodeTodo(), output);
        }
        if (JUnitOk().Matches(output) is { Count: > 0 } ok)
        {
            return int.Parse(ok[^1].Groups["n"].Value);
        }
        if (TestsRun().Matches(output) is { Count: > 0 } run)
        {
            var last = run[^1];
            return int.Parse(last.Groups["n"].Value) - (last.Groups["skipped"].Success ? int.Parse(last.Groups["skipped"].Value) : 0);
        }
        if (DotnetTotal().Matches(output) is { Count: > 0 } dotnet)
        {
            var last = dotnet[^1];
            return int.Parse(last.Groups["total"].Value) - int.Parse(last.Groups["skipped"].Value);
        }
        return null;
    }

    private static int Sum(string summary, string word) =>
        Regex.Match(summary, $@"(\d+) {word}\b") is { Success: true } match ? int.Parse(match.Groups[1].Value) : 0;

    private static int Last(Regex regex, string output) =>
        regex.Matches(output) is { Count: > 0 } matches ? int.Parse(matches[^1].Groups["n"].Value) : 0;

    // "3 passed, 1 failed in 0.12s", "no tests ran in 0.01s", "1 failed, 2 passed, 1 skipped, 1 error in 1s".
    [GeneratedRegex(@"^=*\s*(?:(?:\d+ (?:passed|failed|errors?|skipped|deselected|xfailed|xpassed|warnings?)(?:, )?)+|no tests ran) in [\d.]+s", RegexOptions.Multiline)]
    private static partial Regex PytestSummary();

    [GeneratedRegex(@"^# tests (?<n>\d+)", RegexOptions.Multiline)]
    private static partial Regex NodeTests();

    [GeneratedRegex(@"^# skipped (?<n>\d+)", RegexOptions.Multiline)]
    private static partial Regex NodeSkipped();

    [GeneratedRegex(@"^# todo (?<n>\d+)", RegexOptions.Multiline)]
    private static partial Regex NodeTodo();

    [GeneratedRegex(@"^OK \((?<n>\d+) tests?\)", RegexOptions.Multiline)]
    private static partial Regex JUnitOk();

    // JUnitCore: "Tests run: 3,  Failures: 1"; Surefire: "Tests run: 3, Failures: 1, Errors: 0, Skipped: 1".
    [GeneratedRegex(@"Tests run: (?<n>\d+),\s+Failures: \d+(?:, Errors: \d+, Skipped: (?<skipped>\d+))?")]
    private static partial Regex TestsRun();

    // dotnet test: "Passed!  - Failed:     0, Passed:     5, Skipped:     0, Total:     5".
    [GeneratedRegex(@"Skipped:\s+(?<skipped>\d+), Total:\s+(?<total>\d+)")]
    private static partial Regex DotnetTotal();
}
