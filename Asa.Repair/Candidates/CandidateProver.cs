using Asa.Repair.Verification;

namespace Asa.Repair.Candidates;

/// <summary>
/// VALIDATING_SECURITY through TESTING_AFTER_FIX for a round of candidates, whichever fixer made them: the guardians
/// review each; every approved one is applied in its own fork of the reproduced workspace and tested there side by side.
/// The reproduction test (when a model wrote one) must run and pass, and then the user's tests are judged against their
/// run before the fix (<see cref="SuiteJudge"/>): the tests that failed must run and pass, and no test that passed may
/// fail or vanish. The smallest candidate that passes wins.
/// </summary>
public static class CandidateProver
{
    public static async Task<ProvingRound> ProveAsync(
        RepairRequest request, RepairPorts ports, IReadOnlyList<Candidate> candidates, IReadOnlySet<string> shownFiles, CancellationToken cancellationToken)
    {
        await ports.Progress.EnterAsync(RepairStep.ValidatingSecurity, cancellationToken);
        var reviews = await Task.WhenAll(candidates.Select(c => CandidateGuardian.ReviewAsync(request, ports.Model, c, shownFiles, cancellationToken)));
        foreach (var rejected in reviews.Where(r => !r.Approved))
        {
            await ports.Progress.LogAsync(RepairStep.ValidatingSecurity, warning: true,
                $"Candidate {rejected.Candidate.Number} rejected by the {rejected.Reviewer} guardian: {string.Join(" ", rejected.Reasons)}",
                $"rejected:{rejected.Candidate.Number}", cancellationToken);
        }
        var approved = reviews.Where(r => r.Approved).Select(r => r.Candidate).ToList();
        if (approved.Count == 0)
        {
            return new ProvingRound(reviews, [], null);
        }

        await ports.Progress.EnterAsync(RepairStep.ApplyingFix, cancellationToken);
        var forks = await Task.WhenAll(approved.Select(c => ApplyAsync(request, ports.Runner, c, cancellationToken)));
        await ports.Progress.EnterAsync(RepairStep.TestingAfterFix, cancellationToken);
        var results = await Task.WhenAll(approved.Select((c, i) => TestAsync(request, ports, c, forks[i], cancellationToken)));

        var winner = approved.Select((c, i) => (Candidate: c, Fork: forks[i], Result: results[i]))
            .Where(r => r.Result.Passed)
            .OrderBy(r => r.Candidate.Size).ThenBy(r => r.Candidate.Number)
            .Select(r => new VerifiedFix(r.Candidate, r.Candidate.Number, r.Fork, r.Result.Verdict))
            .FirstOrDefault();
        return new ProvingRound(reviews, results, winner);
    }

    private static async Task<string> ApplyAsync(RepairRequest request, ICandidateRunner runner, Candidate candidate, CancellationToken cancellationToken)
    {
        var fork = await runner.ForkAsync(request.WorkspaceId, cancellationToken);
        await runner.WriteFilesAsync(fork, candidate.Changed, request.Snapshot.EncodingOf, cancellationToken);
        return fork;
    }

    /// <summary>How the candidate's runs were judged; its failure, when it failed, is the account for the next round's prompt.</summary>
    private static async Task<CandidateTestResult> TestAsync(
        RepairRequest request, RepairPorts ports, Candidate candidate, string fork, CancellationToken cancellationToken)
    {
        var limit = request.TestTimeLimit;
        if (request.Reproduction is { } reproduction)
        {
            var reproduced = await ports.Runner.RunTestsAsync(fork, reproduction.Command, limit, cancellationToken);
            await ports.Progress.RecordRunAsync($"Reproduction test with candidate {candidate.Number}", RunPhase.ReproductionAfterFix,
                candidate.Number, reproduction.Command, reproduced.Run, cancellationToken);
            var reproductionVerdict = SuiteJudge.Judge(reproduction.FailingRun, reproduced, BugTests.NoneMayStillFail);
            if (!reproductionVerdict.Passed)
            {
                return new CandidateTestResult(reproductionVerdict,
                    $"The reproduction test '{reproduction.Command}' does not pass with the change: it {reproduced.Run.Describe()}. " +
                    $"{reproductionVerdict.Describe()}\n{reproduced.OutputTail}");
            }
        }

        var testCommand = request.TestCommand;
        var run = await ports.Runner.RunTestsAsync(fork, testCommand, limit, cancellationToken);
        await ports.Progress.RecordRunAsync($"Tests with candidate {candidate.Number}", RunPhase.AfterFix,
            candidate.Number, testCommand, run.Run, cancellationToken);
        // With a reproduction test the user's suite may have passed before; the bug then shows only in the reproduction.
        var verdict = SuiteJudge.Judge(request.Baseline, run, BugTests.MayStillFail(request.BugDescription), mustFixAFailure: request.Reproduction is null);
        if (!verdict.Passed)
        {
            return new CandidateTestResult(verdict,
                $"{(request.Reproduction is null ? "The" : "The reproduction test passes, but the")} repository's tests '{testCommand}' do not pass with the change " +
                $"(judged by {verdict.Basis}): {verdict.Describe()}\n{run.OutputTail}");
        }
        return request.WholeSuite is { } wholeSuite
            ? await TestWholeSuiteAsync(request, ports, candidate, fork, wholeSuite, verdict, cancellationToken)
            : new CandidateTestResult(verdict, null);
    }

    /// <summary>The repository's whole suite, when the test command selects part of it: the change may break nothing there.</summary>
    private static async Task<CandidateTestResult> TestWholeSuiteAsync(
        RepairRequest request, RepairPorts ports, Candidate candidate, string fork, WholeSuiteBaseline wholeSuite, SuiteVerdict verdict,
        CancellationToken cancellationToken)
    {
        var run = await ports.Runner.RunTestsAsync(fork, wholeSuite.Command, request.TestTimeLimit, cancellationToken);
        await ports.Progress.RecordRunAsync($"The whole suite with candidate {candidate.Number}", RunPhase.SuiteAfterFix,
            candidate.Number, wholeSuite.Command, run.Run, cancellationToken);
        var regressions = SuiteJudge.Regressions(wholeSuite.Before, run);
        if (!regressions.Passed)
        {
            return new CandidateTestResult(regressions,
                $"The change passes '{request.TestCommand}', but breaks the repository's whole suite '{wholeSuite.Command}' " +
                $"(judged by {regressions.Basis}): {regressions.Describe()}\n{run.OutputTail}");
        }
        return new CandidateTestResult(new SuiteVerdict([], verdict.Fixed, [.. verdict.StillFailing.Union(regressions.StillFailing)],
            $"{verdict.Basis}; and the whole suite '{wholeSuite.Command}' by {regressions.Basis}, with no test that passed before failing"), null);
    }
}
