using Asa.Corpus;

namespace Asa.Benchmarks.Corpus;

/// <summary>Whether a fix is right beyond the tests it was shown: the case's held-back tests, run on this machine.</summary>
public sealed record HeldBackVerdict(bool Correct, string Reason, string OutputTail);

/// <summary>
/// Applies a fix's diff to a fresh checkout of <c>buggy/</c> with <c>heldback/</c> laid over it and runs the case's
/// held-back command there with <c>bash -c</c>: exit 0 within the time limit means correct.
/// </summary>
public static class HeldBackCheck
{
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(300);

    public static async Task<HeldBackVerdict> RunAsync(CorpusCase corpusCase, string diff, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(diff))
        {
            return new HeldBackVerdict(false, "the fix has no diff", "");
        }
        using var checkout = CorpusCheckout.LayOut(corpusCase, CorpusOverlay.HeldBack);
        // git apply outside a repository takes its paths from whichever repository encloses the temp directory, if any.
        await checkout.GitAsync(cancellationToken, "init", "--quiet");
        var patch = Path.Combine(checkout.Path, ".git", "asa-fix.diff");
        await File.WriteAllTextAsync(patch, diff.EndsWith('\n') ? diff : diff + "\n", cancellationToken);
        try
        {
            await checkout.GitAsync(cancellationToken, "apply", "--whitespace=nowarn", patch);
        }
        catch (InvalidOperationException exception)
        {
            return new HeldBackVerdict(false, "the fix's diff does not apply to buggy/", exception.Message);
        }
        var run = await ShellRun.RunAsync(checkout.Path, corpusCase.HeldBackCommand, timeLimit, cancellationToken);
        return run switch
        {
            { TimedOut: true } => new HeldBackVerdict(false, $"the held-back command ran past {timeLimit.TotalSeconds:0} s", run.OutputTail),
            { ExitCode: 0 } => new HeldBackVerdict(true, "the held-back command passed", run.OutputTail),
            _ => new HeldBackVerdict(false, $"the held-back command exited {run.ExitCode}", run.OutputTail),
        };
    }
}
