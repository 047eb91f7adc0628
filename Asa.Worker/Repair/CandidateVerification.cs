using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Pipeline;
using Asa.Worker.Repair.Localization;
using Asa.Worker.Repair.Verification;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Repair;

/// <summary>
/// APPLYING_FIX and TESTING_AFTER_FIX for one candidate, in its own fork of the reproduced workspace: the reproduction
/// test (when a model wrote one) must run and pass, and then the user's tests are judged against their run before the
/// fix (<see cref="SuiteJudge"/>): the tests that failed must run and pass, and no test that passed may fail or vanish.
/// </summary>
public sealed class CandidateVerification(SandboxClient sandbox, TestRunRecorder recorder, IOptions<WorkerOptions> options)
{
    public async Task<string> ApplyAsync(TaskContext context, Candidate candidate, CancellationToken cancellationToken)
    {
        var fork = await sandbox.ForkAsync(context.WorkspaceId!, cancellationToken);
        context.Owns(fork);
        var checkout = context.Checkout ??= CheckoutSnapshot.Load(context.Workspace, cancellationToken);
        await sandbox.WriteFilesAsync(fork, candidate.Changed, cancellationToken, checkout.EncodingOf);
        return fork;
    }

    /// <summary>How the candidate's runs were judged; its failure, when it failed, is the account for the next round's prompt.</summary>
    public async Task<CandidateTestResult> TestAsync(TaskContext context, Candidate candidate, string fork, CancellationToken cancellationToken)
    {
        var limit = options.Value.TestTimeLimit;
        if (context.Reproduction is { } reproduction)
        {
            var reproduced = await sandbox.RunTestsAsync(fork, reproduction.Command, limit, cancellationToken);
            await recorder.RecordAsync(context, $"Reproduction test with candidate {candidate.Number}", TestPhases.ReproductionAfterFix,
                candidate.Number, reproduction.Command, reproduced.Run, cancellationToken);
            var reproductionVerdict = SuiteJudge.Judge(reproduction.FailingRun, reproduced, BugTests.NoneMayStillFail);
            if (!reproductionVerdict.Passed)
            {
                return new CandidateTestResult(reproductionVerdict,
                    $"The reproduction test '{reproduction.Command}' does not pass with the change: it {TestRunRecorder.Describe(reproduced.Run)}. " +
                    $"{reproductionVerdict.Describe()}\n{reproduced.OutputTail}");
            }
        }

        var testCommand = context.TestCommand!;
        var run = await sandbox.RunTestsAsync(fork, testCommand, limit, cancellationToken);
        await recorder.RecordAsync(context, $"Tests with candidate {candidate.Number}", TestPhases.AfterFix,
            candidate.Number, testCommand, run.Run, cancellationToken);
        var baseline = context.BaselineRun ?? throw new InvalidOperationException("The tests were not run before the fix.");
        // With a reproduction test the user's suite may have passed before; the bug then shows only in the reproduction.
        var verdict = SuiteJudge.Judge(baseline, run, BugTests.MayStillFail(context.Task.BugDescription), mustFixAFailure: context.Reproduction is null);
        if (!verdict.Passed)
        {
            return new CandidateTestResult(verdict,
                $"{(context.Reproduction is null ? "The" : "The reproduction test passes, but the")} repository's tests '{testCommand}' do not pass with the change " +
                $"(judged by {verdict.Basis}): {verdict.Describe()}\n{run.OutputTail}");
        }
        return context.WholeSuite is { } wholeSuite ? await TestWholeSuiteAsync(context, candidate, fork, wholeSuite, verdict, cancellationToken) : new CandidateTestResult(verdict, null);
    }

    /// <summary>The repository's whole suite, when the test command selects part of it: the change may break nothing there.</summary>
    private async Task<CandidateTestResult> TestWholeSuiteAsync(
        TaskContext context, Candidate candidate, string fork, WholeSuiteBaseline wholeSuite, SuiteVerdict verdict, CancellationToken cancellationToken)
    {
        var run = await sandbox.RunTestsAsync(fork, wholeSuite.Command, options.Value.TestTimeLimit, cancellationToken);
        await recorder.RecordAsync(context, $"The whole suite with candidate {candidate.Number}", TestPhases.SuiteAfterFix,
            candidate.Number, wholeSuite.Command, run.Run, cancellationToken);
        var regressions = SuiteJudge.Regressions(wholeSuite.Before, run);
        if (!regressions.Passed)
        {
            return new CandidateTestResult(regressions,
                $"The change passes '{context.TestCommand}', but breaks the repository's whole suite '{wholeSuite.Command}' " +
                $"(judged by {regressions.Basis}): {regressions.Describe()}\n{run.OutputTail}");
        }
        return new CandidateTestResult(new SuiteVerdict([], verdict.Fixed, [.. verdict.StillFailing.Union(regressions.StillFailing)],
            $"{verdict.Basis}; and the whole suite '{wholeSuite.Command}' by {regressions.Basis}, with no test that passed before failing"), null);
    }
}
