using Asa.Repair.Edits;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>Runs one <see cref="WarmBatch"/> in a fork: one sandbox run, with its usual isolation and limits, for the whole batch.</summary>
public static class WarmBatchRun
{
    /// <summary>Characters of the driver's output kept: every candidate's block, within what the sandbox keeps of a run.</summary>
    public const int OutputChars = 2 * 1024 * 1024;

    public static async Task<WarmOutput> RunAsync(
        ICandidateRunner sandbox, string fork, WarmBatch batch, Func<string, TextEncoding> encodingOf, CancellationToken deadline, CancellationToken cancellationToken)
    {
        await sandbox.WriteFilesAsync(fork, batch.Files(), batch.EncodingOf(encodingOf), cancellationToken);
        WarmOutput? output = null;
        try
        {
            var run = await sandbox.RunAsync(fork, batch.ShellCommand(), batch.RunLimit, OutputChars, deadline);
            output = WarmOutput.Parse(run.OutputTail, batch.Nonce);
            return output;
        }
        finally
        {
            // The driver puts every file back after each candidate and says when it is done; when the sandbox stopped it in
            // the middle of one, or its run did not end, the originals go back here.
            var originals = batch.Candidates.OfType<CandidateEdit>().GroupBy(c => c.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Original, StringComparer.Ordinal);
            if (originals.Count > 0 && output is not { Finished: true })
            {
                await sandbox.WriteFilesAsync(fork, originals, encodingOf, cancellationToken);
            }
        }
    }
}
