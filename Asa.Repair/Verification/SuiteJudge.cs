using Asa.Repair.Engine;

namespace Asa.Repair.Verification;

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
        if (after.Run.LimitsHit.Count > 0)
        {
            return Rejected($"The run {after.Run.Describe()}.", Basis(before, after));
        }
        return before.Report is { } beforeReport && after.Report is { } afterReport
            ? PerTest(beforeReport, afterReport, after, new Rules(mayStillFail, mustFixAFailure, FailuresMatter: true))
            : WholeSuite(before, after);
    }

    private static SuiteVerdict PerTest(TestReport before, TestReport after, TestSuiteRun afterRun, Rules rules)
    {
        var problems = new List<string>();
        var fixedTests = new List<string>();
        var stillFailing = new List<string>();
        foreach (var (id, was) in before.Tests.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            after.Tests.TryGetValue(id, out var now);
            if (was.Outcome == TestOutcome.Failed && now?.Outcome == TestOutcome.Passed)
            {
                fixedTests.Add(id);
            }
            else if (was.Outcome == TestOutcome.Failed && now?.Outcome == TestOutcome.Failed)
            {
                stillFailing.Add(id);
            }
            if (was.Outcome == TestOutcome.Skipped || was.Outcome == TestOutcome.Failed && !rules.FailuresMatter)
            {
                continue;
            }
            var had = was.Outcome == TestOutcome.Passed ? "passed" : "failed";
            switch (now?.Outcome)
            {
                case null:
                    problems.Add($"{id} {had} before and no longer runs.");
                    break;
                case TestOutcome.Skipped:
                    problems.Add($"{id} {had} before and is now skipped.");
                    break;
                case TestOutcome.Failed when was.Outcome == TestOutcome.Passed:
                    problems.Add($"{id} passed before and now fails: {now.Message}");
                    break;
                case TestOutcome.Failed when !rules.MayStillFail(id, was) || FailureSignature.Of(now.Message) != FailureSignature.Of(was.Message):
                    stillFailing.Remove(id);
                    problems.Add($"{id} still fails: {now.Message}");
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
        if (rules.MustFixAFailure && before.Count(TestOutcome.Failed) > 0 && fixedTests.Count == 0 && problems.Count == 0)
        {
            problems.Add("None of the tests that failed before passes.");
        }
        if (rules.FailuresMatter && problems.Count == 0 && afterRun.Run.ExitCode != 0 && after.Count(TestOutcome.Failed) == 0)
        {
            problems.Add($"The command exited with code {afterRun.Run.ExitCode} although every test it reported passed.");
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
        var basis = Basis(before, after);
        if (after.Run.LimitsHit.Count > 0)
        {
            return Rejected($"The run {after.Run.Describe()}.", basis);
        }
        if (before.Report is { } beforeReport && after.Report is { } afterReport)
        {
            return PerTest(beforeReport, afterReport, after, new Rules(AnyMayStillFail, MustFixAFailure: false, FailuresMatter: false));
        }
        return before.Run.ExitCode == 0 && after.Run.ExitCode != 0
            ? Rejected($"The command passed before and now exits with code {after.Run.ExitCode}.", basis)
            : after.Executed is { } ran && before.Executed is { } had && ran < had
                ? Rejected($"Fewer tests ran: {ran} against {had} before.", basis)
                : new SuiteVerdict([], [], [], basis);
    }

    private static SuiteVerdict WholeSuite(TestSuiteRun before, TestSuiteRun after)
    {
        var basis = Basis(before, after);
        if (after.Run.ExitCode != 0)
        {
            return Rejected($"The command exited with code {after.Run.ExitCode}.", basis);
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

    private static bool AnyMayStillFail(string id, TestResult result) => true;

    /// <summary>
    /// How strict a per-test judgement is: which failing tests may keep failing as before, whether one must now pass,
    /// and whether the tests that failed before matter at all (not for a regression check of the rest of the suite).
    /// </summary>
    private sealed record Rules(Func<string, TestResult, bool> MayStillFail, bool MustFixAFailure, bool FailuresMatter);
}
