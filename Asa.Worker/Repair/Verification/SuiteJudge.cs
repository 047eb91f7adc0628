using Asa.Worker.Pipeline;
using Asa.Worker.Repair.Engine;

namespace Asa.Worker.Repair.Verification;

/// <summary>
/// Judges a run with a change against the same command's run before it. With a per-test report on both sides, test by
/// test: every test that passed must still run and pass; every test that failed must run, not be skipped, and pass,
/// or, when it is not the bug's (<see cref="BugTests"/>), fail exactly as it did, a pre-existing failure; no new test
/// may fail; at least one failing test must now pass, unless the bug shows elsewhere (in a reproduction test). Without reports, the whole-suite rule: the command exits 0 and runs at least one test, and no fewer
/// than before when both counts are known. Either way a run stopped by a limit never passes.
/// </summary>
public static class SuiteJudge
{
    public const string WholeSuiteBasis = "the whole suite's exit code and test count (the runner wrote no per-test report)";

    public static SuiteVerdict Judge(
        TestSuiteRun before, TestSuiteRun after, Func<string, TestResult, bool> mayStillFail, bool mustFixAFailure = true)
    {
        if (after.Run.Result.LimitsHit.Count > 0)
        {
            return Rejected($"The run {TestRunRecorder.Describe(after.Run)}.", Basis(before, after));
        }
        return before.Report is { } beforeReport && after.Report is { } afterReport
            ? PerTest(beforeReport, afterReport, after, mayStillFail, mustFixAFailure)
            : WholeSuite(before, after);
    }

    private static SuiteVerdict PerTest(
        TestReport before, TestReport after, TestSuiteRun afterRun, Func<string, TestResult, bool> mayStillFail, bool mustFixAFailure)
    {
        var problems = new List<string>();
        var fixedTests = new List<string>();
        var stillFailing = new List<string>();
        foreach (var (id, was) in before.Tests.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            after.Tests.TryGetValue(id, out var now);
            switch (was.Outcome, now?.Outcome)
            {
                case (TestOutcome.Skipped, _):
                    break;
                case (_, null):
                    problems.Add($"{id} {(was.Outcome == TestOutcome.Passed ? "passed" : "failed")} before and no longer runs.");
                    break;
                case (_, TestOutcome.Skipped):
                    problems.Add($"{id} {(was.Outcome == TestOutcome.Passed ? "passed" : "failed")} before and is now skipped.");
                    break;
                case (TestOutcome.Passed, TestOutcome.Failed):
                    problems.Add($"{id} passed before and now fails: {now!.Message}");
                    break;
                case (TestOutcome.Failed, TestOutcome.Passed):
                    fixedTests.Add(id);
                    break;
                case (TestOutcome.Failed, TestOutcome.Failed):
                    if (mayStillFail(id, was) && FailureSignature.Of(now!.Message) == FailureSignature.Of(was.Message))
                    {
                        stillFailing.Add(id);
                    }
                    else
                    {
                        problems.Add($"{id} still fails: {now!.Message}");
                    }
                    break;
            }
        }
        problems.AddRange(after.Tests.Where(t => t.Value.Outcome == TestOutcome.Failed && !before.Tests.ContainsKey(t.Key))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => $"{t.Key} is new and fails: {t.Value.Message}"));
        if (after.Executed < before.Executed)
        {
            problems.Add($"Fewer tests ran: {after.Executed} against {before.Executed} before.");
        }
        if (mustFixAFailure && before.Count(TestOutcome.Failed) > 0 && fixedTests.Count == 0 && problems.Count == 0)
        {
            problems.Add("None of the tests that failed before passes.");
        }
        if (problems.Count == 0 && afterRun.Run.Result.ExitCode != 0 && after.Count(TestOutcome.Failed) == 0)
        {
            problems.Add($"The command exited with code {afterRun.Run.Result.ExitCode} although every test it reported passed.");
        }
        return new SuiteVerdict(problems, fixedTests, stillFailing, $"each test's outcome ({after.Source}): {after.Describe()}");
    }

    /// <summary>
    /// Whether a change broke anything in a run that was not the bug's: every test that passed before must still run
    /// and pass, no new test may fail, and no fewer tests may run. Tests that failed before may do anything. Without
    /// reports, a command that passed before must still pass.
    /// </summary>
    public static SuiteVerdict Regressions(TestSuiteRun before, TestSuiteRun after)
    {
        if (after.Run.Result.LimitsHit.Count > 0)
        {
            return Rejected($"The run {TestRunRecorder.Describe(after.Run)}.", Basis(before, after));
        }
        if (before.Report is not { } beforeReport || after.Report is not { } afterReport)
        {
            var basis = Basis(before, after);
            return before.Run.Result.ExitCode == 0 && after.Run.Result.ExitCode != 0
                ? Rejected($"The command passed before and now exits with code {after.Run.Result.ExitCode}.", basis)
                : after.Executed is { } ran && before.Executed is { } had && ran < had
                    ? Rejected($"Fewer tests ran: {ran} against {had} before.", basis)
                    : new SuiteVerdict([], [], [], basis);
        }
        var problems = new List<string>();
        foreach (var (id, was) in beforeReport.Tests.Where(t => t.Value.Outcome == TestOutcome.Passed).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            afterReport.Tests.TryGetValue(id, out var now);
            switch (now?.Outcome)
            {
                case null:
                    problems.Add($"{id} passed before and no longer runs.");
                    break;
                case TestOutcome.Skipped:
                    problems.Add($"{id} passed before and is now skipped.");
                    break;
                case TestOutcome.Failed:
                    problems.Add($"{id} passed before and now fails: {now.Message}");
                    break;
            }
        }
        problems.AddRange(afterReport.Tests.Where(t => t.Value.Outcome == TestOutcome.Failed && !beforeReport.Tests.ContainsKey(t.Key))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => $"{t.Key} is new and fails: {t.Value.Message}"));
        if (afterReport.Executed < beforeReport.Executed)
        {
            problems.Add($"Fewer tests ran: {afterReport.Executed} against {beforeReport.Executed} before.");
        }
        var stillFailing = beforeReport.WithOutcome(TestOutcome.Failed)
            .Where(id => afterReport.Tests.TryGetValue(id, out var now) && now.Outcome == TestOutcome.Failed)
            .ToList();
        var fixedTests = beforeReport.WithOutcome(TestOutcome.Failed)
            .Where(id => afterReport.Tests.TryGetValue(id, out var now) && now.Outcome == TestOutcome.Passed)
            .ToList();
        return new SuiteVerdict(problems, fixedTests, stillFailing, $"each test's outcome ({afterReport.Source}): {afterReport.Describe()}");
    }

    private static SuiteVerdict WholeSuite(TestSuiteRun before, TestSuiteRun after)
    {
        var basis = Basis(before, after);
        if (after.Run.Result.ExitCode != 0)
        {
            return Rejected($"The command exited with code {after.Run.Result.ExitCode}.", basis);
        }
        if (after.Report?.Count(TestOutcome.Failed) > 0)
        {
            return Rejected($"{after.Report.WithOutcome(TestOutcome.Failed).First()} fails.", basis);
        }
        return after.Executed switch
        {
            0 => Rejected("The command exited 0 but ran no test.", basis),
            { } ran when before.Executed is { } had && !before.Hung && ran < had => Rejected($"Fewer tests ran: {ran} against {had} before.", basis),
            _ => new SuiteVerdict([], [], [], basis),
        };
    }

    private static string Basis(TestSuiteRun before, TestSuiteRun after) =>
        before.Report is not null && after.Report is not null ? $"each test's outcome ({after.Report.Source})" : WholeSuiteBasis;

    private static SuiteVerdict Rejected(string problem, string basis) => new([problem], [], [], basis);
}
