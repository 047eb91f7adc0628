using System.Text.RegularExpressions;

namespace Asa.Repair.Engine;

/// <summary>
/// What the failing run says about the tests: a command that runs only the tests that failed where the runner allows it
/// (all of them, since one may fail for a reason of its own), a command that stops at the first failure when the tests
/// hang, and how many tests failed, to judge a candidate that fixes some of them.
/// </summary>
public static partial class FailingTests
{
    /// <summary>The command narrowed to the failing tests, or the command itself when it cannot be narrowed.</summary>
    public static string Narrow(string command, string failureOutput, IReadOnlyCollection<string> checkoutPaths)
    {
        if (PlainPytestRegex().IsMatch(command))
        {
            var ids = PytestFailureRegex().Matches(failureOutput).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 0 && ids.All(id => checkoutPaths.Contains(id[..id.IndexOf("::", StringComparison.Ordinal)])))
            {
                return $"{command}{(ids.Count == 1 ? " -x" : "")} {string.Join(' ', ids.Select(ShellQuote.Word))}";
            }
        }
        else if (PlainNodeTestRegex().IsMatch(command))
        {
            var files = NodeLocationRegex().Matches(failureOutput)
                .Select(m => checkoutPaths.FirstOrDefault(p => m.Groups["file"].Value.EndsWith("/" + p, StringComparison.Ordinal)))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (files.Count > 0)
            {
                return $"{command} {string.Join(' ', files.Select(ShellQuote.Word))}";
            }
        }
        return command;
    }

    /// <summary>
    /// The command made to stop at its first failing test, for tests that hang: with a per-test timeout the first test
    /// that hangs then ends the run in seconds. Only pytest is told so (through its environment, whatever runs it).
    /// </summary>
    public static string StopAtFirstFailure(string command) =>
        $"export PYTEST_ADDOPTS=\"${{PYTEST_ADDOPTS:+$PYTEST_ADDOPTS }}--maxfail=1\"; {command}";

    /// <summary>How many tests the output says failed, when the runner's summary says so.</summary>
    public static int? FailureCount(string output)
    {
        if (PytestSummaryRegex().Match(output) is { Success: true } pytest)
        {
            return int.Parse(pytest.Groups["n"].Value);
        }
        if (NodeSummaryRegex().Match(output) is { Success: true } node)
        {
            return int.Parse(node.Groups["n"].Value);
        }
        if (JUnitSummaryRegex().Match(output) is { Success: true } junit)
        {
            return int.Parse(junit.Groups["n"].Value);
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(python3? -m pytest|pytest(-3)?)(\s+-[-\w=]+)*\s*$")]
    private static partial Regex PlainPytestRegex();

    // "FAILED tests/test_a.py::test_x[12.50 EUR] - assert ...": a parametrised id may hold spaces; the message follows " - ".
    [GeneratedRegex(@"^(?:FAILED|ERROR) (?<id>[^\s:]+\.py::.+?)(?: - .*)?\r?$", RegexOptions.Multiline)]
    private static partial Regex PytestFailureRegex();

    [GeneratedRegex(@"^\s*node\s+--test(\s+--[-\w=]+)*\s*$")]
    private static partial Regex PlainNodeTestRegex();

    [GeneratedRegex(@"location: '(?<file>[^':]+):\d+:\d+'")]
    private static partial Regex NodeLocationRegex();

    [GeneratedRegex(@"(?<n>\d+) failed")]
    private static partial Regex PytestSummaryRegex();

    [GeneratedRegex(@"^# fail (?<n>\d+)", RegexOptions.Multiline)]
    private static partial Regex NodeSummaryRegex();

    [GeneratedRegex(@"Failures: (?<n>\d+)")]
    private static partial Regex JUnitSummaryRegex();
}
