using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Pipeline;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Repair;

/// <summary>
/// APPLYING_FIX and TESTING_AFTER_FIX for one candidate, in its own fork of the reproduced workspace: the reproduction
/// test (when a model wrote one) must pass, and then the user's tests must pass too.
/// </summary>
public sealed class CandidateVerification(SandboxClient sandbox, TestRunRecorder recorder, IOptions<WorkerOptions> options)
{
    public async Task<string> ApplyAsync(TaskContext context, Candidate candidate, CancellationToken cancellationToken)
    {
        var fork = await sandbox.ForkAsync(context.WorkspaceId!, cancellationToken);
        context.Owns(fork);
        await sandbox.WriteFilesAsync(fork, candidate.Changed, cancellationToken);
        return fork;
    }

    /// <summary>Null when the candidate passed; otherwise the failing run's account, for the next round's prompt.</summary>
    public async Task<string?> TestAsync(TaskContext context, Candidate candidate, string fork, CancellationToken cancellationToken)
    {
        var limit = options.Value.TestTimeLimit;
        if (context.Reproduction is { } reproduction)
        {
            var reproduced = await sandbox.RunAsync(fork, reproduction.Command, allowNetwork: false, limit, cancellationToken);
            await recorder.RecordAsync(context, $"Reproduction test with candidate {candidate.Number}", TestPhases.ReproductionAfterFix,
                candidate.Number, reproduction.Command, reproduced, cancellationToken);
            if (!reproduced.Succeeded)
            {
                return $"The reproduction test '{reproduction.Command}' still fails with the change: it {TestRunRecorder.Describe(reproduced)}.\n{reproduced.OutputTail}";
            }
        }

        var testCommand = context.TestCommand!;
        var run = await sandbox.RunAsync(fork, testCommand, allowNetwork: false, limit, cancellationToken);
        await recorder.RecordAsync(context, $"Tests with candidate {candidate.Number}", TestPhases.AfterFix,
            candidate.Number, testCommand, run, cancellationToken);
        return run.Succeeded
            ? null
            : $"{(context.Reproduction is null ? "The" : "The reproduction test passes, but the")} repository's tests '{testCommand}' fail with the change: it {TestRunRecorder.Describe(run)}.\n{run.OutputTail}";
    }
}
