using Asa.Benchmarks.Corpus;
using Asa.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>The corpus benchmark's judgement of a fix: its diff applied to buggy/ + heldback/, the held-back command run on this machine.</summary>
public sealed class HeldBackCheckTests : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);
    private readonly SampleCorpus sample = new();

    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public async Task TheKnownFixOfEveryCaseIsJudgedCorrect(string name)
    {
        var corpusCase = CorpusCases.Named(name);
        var diff = await KnownFixDiffAsync(corpusCase);

        var verdict = await HeldBackCheck.RunAsync(corpusCase, diff, TimeLimit, CancellationToken.None);

        Assert.True(verdict.Correct, $"corpus case {name}: {verdict.Reason}; the diff:\n{diff}\noutput:\n{verdict.OutputTail}");
    }

    [Fact]
    public async Task AFixThatLeavesTheBugIsJudgedNotCorrect()
    {
        var corpusCase = SampleCase();
        const string unrelated = """
            diff --git a/NOTES.md b/NOTES.md
            new file mode 100644
            index 0000000..3b18e51
            --- /dev/null
            +++ b/NOTES.md
            @@ -0,0 +1 @@
            +looked at add()

            """;

        var verdict = await HeldBackCheck.RunAsync(corpusCase, unrelated, TimeLimit, CancellationToken.None);

        Assert.False(verdict.Correct);
        Assert.Contains("exited 1", verdict.Reason);
        Assert.Contains("test_negative", verdict.OutputTail);
    }

    [Fact]
    public async Task ADiffThatDoesNotApplyIsJudgedNotCorrectAndSaysSo()
    {
        var corpusCase = SampleCase();
        const string stale = """
            diff --git a/calc.py b/calc.py
            --- a/calc.py
            +++ b/calc.py
            @@ -1,2 +1,2 @@
             def add(a, b):
            -    return a * b
            +    return a + b

            """;

        var verdict = await HeldBackCheck.RunAsync(corpusCase, stale, TimeLimit, CancellationToken.None);

        Assert.False(verdict.Correct);
        Assert.Contains("does not apply", verdict.Reason);
    }

    [Fact]
    public async Task TheSampleFixIsJudgedCorrect()
    {
        var corpusCase = SampleCase();

        var verdict = await HeldBackCheck.RunAsync(corpusCase, await KnownFixDiffAsync(corpusCase), TimeLimit, CancellationToken.None);

        Assert.True(verdict.Correct, verdict.OutputTail);
    }

    public void Dispose() => sample.Dispose();

    /// <summary>fixed/ against buggy/ as git shows it, the way the sandbox reports a task's change.</summary>
    private static async Task<string> KnownFixDiffAsync(CorpusCase corpusCase)
    {
        using var repository = await CorpusCheckout.RepositoryAsync(corpusCase, CancellationToken.None);
        foreach (var relative in CorpusFiles.RelativeFiles(corpusCase.FixedDirectory))
        {
            var target = Path.Combine(repository.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // A new file, not an overwrite: git would take a same-sized file with the same inode and times as unchanged.
            File.Delete(target);
            File.Copy(Path.Combine(corpusCase.FixedDirectory, relative), target);
        }
        await Command.RunCheckedAsync("git", "-C", repository.Path, "add", "--all");
        var diff = await Command.RunCheckedAsync("git", "-C", repository.Path, "diff", "--cached");
        return string.Join('\n', diff.Lines) + "\n";
    }

    private CorpusCase SampleCase()
    {
        sample.WriteCase("py-sample", SampleCorpus.ValidCase);
        return Assert.Single(CorpusCatalog.Load(sample.Path));
    }
}
