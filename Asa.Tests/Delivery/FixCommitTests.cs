using Asa.Worker.Delivery;
using LibGit2Sharp;

namespace Asa.Tests.Delivery;

public sealed class FixCommitTests : IDisposable
{
    private static readonly Signature Fixer = new("ASA Fixer", "fixer@asa.invalid", new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)));

    private const string CalculatorFix = """
        diff --git a/calculator.py b/calculator.py
        --- a/calculator.py
        +++ b/calculator.py
        @@ -1,2 +1,2 @@
         def add(a, b):
        -    return a - b
        +    return a + b

        """;

    private readonly GitScratch scratch = new();

    [Fact]
    public async Task TheCommitHoldsTheBaseTreeWithThePatchAppliedAndNothingElse()
    {
        var (clone, baseSha) = await CloneAheadOfItsBaseAsync();
        var fixedCopy = await scratch.CloneAsync(clone, baseSha);
        GitScratch.WriteFile(fixedCopy, "calculator.py", "def add(a, b):\n    return a + b\n");
        File.Delete(Path.Combine(fixedCopy, "gone.txt"));
        GitScratch.WriteFile(fixedCopy, "run.sh", "#!/bin/sh\necho fixed\n");
        GitScratch.WriteFile(fixedCopy, "tools/check.sh", "#!/bin/sh\nexit 0\n");
        GitScratch.MakeExecutable(Path.Combine(fixedCopy, "tools/check.sh"));
        GitScratch.MakeExecutable(Path.Combine(fixedCopy, "tool.py"));
        GitScratch.WriteFile(fixedCopy, "docs/notes.md", "# Notes\n");
        var diff = await scratch.StagedDiffAsync(fixedCopy);
        var treeGitMakes = await GitScratch.GitLineAsync(fixedCopy, "write-tree");

        var sha = FixCommit.Create(clone, baseSha, diff, "Fix add", Fixer);

        using var repository = new Repository(clone);
        var commit = repository.Lookup<Commit>(sha);
        Assert.Equal(treeGitMakes, commit.Tree.Sha);
        Assert.Equal("def add(a, b):\n    return a + b\n", ((Blob)commit["calculator.py"].Target).GetContentText());
        Assert.Null(commit["gone.txt"]);
        Assert.Null(commit["later.txt"]);
        Assert.Equal(Mode.ExecutableFile, commit["run.sh"].Mode);
        Assert.Equal(Mode.ExecutableFile, commit["tools/check.sh"].Mode);
        Assert.Equal(Mode.ExecutableFile, commit["tool.py"].Mode);
        Assert.Equal(Mode.NonExecutableFile, commit["docs/notes.md"].Mode);
        Assert.Equal(baseSha, Assert.Single(commit.Parents).Sha);
    }

    [Fact]
    public async Task TheCommitHasTheGivenAuthorCommitterAndMessage()
    {
        var (clone, baseSha) = await CloneAheadOfItsBaseAsync();

        var sha = FixCommit.Create(clone, baseSha, CalculatorFix, "Fix add: it subtracted", Fixer);

        using var repository = new Repository(clone);
        var commit = repository.Lookup<Commit>(sha);
        Assert.Equal(("ASA Fixer", "fixer@asa.invalid", Fixer.When), (commit.Author.Name, commit.Author.Email, commit.Author.When));
        Assert.Equal(("ASA Fixer", "fixer@asa.invalid", Fixer.When), (commit.Committer.Name, commit.Committer.Email, commit.Committer.When));
        Assert.Equal("Fix add: it subtracted\n", commit.Message);
    }

    [Fact]
    public async Task TheClonesHeadIndexAndWorkingTreeAreLeftAlone()
    {
        var (clone, baseSha) = await CloneAheadOfItsBaseAsync();
        var before = await GitScratch.WorkingStateAsync(clone);
        var refsBefore = await GitScratch.RefsAsync(clone);

        FixCommit.Create(clone, baseSha, CalculatorFix, "Fix add", Fixer);

        Assert.Equal(before, await GitScratch.WorkingStateAsync(clone));
        Assert.Equal(refsBefore, await GitScratch.RefsAsync(clone));
        Assert.Equal("def add(a, b):\n    return a - b\n", await File.ReadAllTextAsync(Path.Combine(clone, "calculator.py")));
    }

    [Fact]
    public async Task APatchThatDoesNotApplyThrowsNamingTheFileAndCreatesNoCommit()
    {
        var (clone, baseSha) = await CloneAheadOfItsBaseAsync();
        var stale = """
            diff --git a/README.md b/README.md
            --- a/README.md
            +++ b/README.md
            @@ -1 +1 @@
            -# calculator
            +# calculator, fixed

            """ + CalculatorFix.Replace("-    return a - b", "-    return a * b", StringComparison.Ordinal);
        var before = await GitScratch.WorkingStateAsync(clone);
        var refsBefore = await GitScratch.RefsAsync(clone);
        var commitsBefore = await GitScratch.CommitObjectsAsync(clone);

        var failure = Assert.Throws<FormatException>(() => FixCommit.Create(clone, baseSha, stale, "Fix add", Fixer));

        Assert.Contains("'calculator.py'", failure.Message);
        Assert.Equal(commitsBefore, await GitScratch.CommitObjectsAsync(clone));
        Assert.Equal(refsBefore, await GitScratch.RefsAsync(clone));
        Assert.Equal(before, await GitScratch.WorkingStateAsync(clone));
    }

    [Fact]
    public async Task AFileWithAByteOrderMarkKeepsIt()
    {
        // Editors on Windows often start C# files with a UTF-8 byte order mark; the diff carries it as part of the first line.
        var farBody = string.Concat(Enumerable.Range(1, 10).Select(n => $"// line {n}\n"));
        var clone = await scratch.RepositoryAsync(new Dictionary<string, string>
        {
            ["Near.cs"] = "\uFEFFusing System;\nclass Near { int X => 1; }\n",
            ["Far.cs"] = $"\uFEFFusing System;\n{farBody}class Far {{ int X => 1; }}\n",
        });
        var baseSha = await GitScratch.GitLineAsync(clone, "rev-parse", "HEAD");
        var fixedCopy = await scratch.CloneAsync(clone);
        GitScratch.WriteFile(fixedCopy, "Near.cs", "\uFEFFusing System;\nclass Near { int X => 2; }\n");
        GitScratch.WriteFile(fixedCopy, "Far.cs", $"\uFEFFusing System;\n{farBody}class Far {{ int X => 2; }}\n");
        var diff = await scratch.StagedDiffAsync(fixedCopy);
        var treeGitMakes = await GitScratch.GitLineAsync(fixedCopy, "write-tree");

        var sha = FixCommit.Create(clone, baseSha, diff, "Fix X", Fixer);

        using var repository = new Repository(clone);
        var commit = repository.Lookup<Commit>(sha);
        Assert.Equal(treeGitMakes, commit.Tree.Sha);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, Bytes((Blob)commit["Far.cs"].Target)[..3]);
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>
    /// A repository whose HEAD is one commit past the base, so a commit built on HEAD instead of the base shows;
    /// run.sh is executable and tool.py is not.
    /// </summary>
    private async Task<(string Clone, string BaseSha)> CloneAheadOfItsBaseAsync()
    {
        var clone = await scratch.RepositoryAsync(new Dictionary<string, string>
        {
            ["calculator.py"] = "def add(a, b):\n    return a - b\n",
            ["README.md"] = "# calculator\n",
            ["gone.txt"] = "deleted by the fix\n",
            ["run.sh"] = "#!/bin/sh\necho run\n",
            ["tool.py"] = "print('tool')\n",
        });
        GitScratch.MakeExecutable(Path.Combine(clone, "run.sh"));
        var baseSha = await GitScratch.CommitAllAsync(clone, "Make run.sh executable");
        GitScratch.WriteFile(clone, "later.txt", "added after the base\n");
        await GitScratch.CommitAllAsync(clone, "Later");
        return (clone, baseSha);
    }

    private static byte[] Bytes(Blob blob)
    {
        using var content = blob.GetContentStream();
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return buffer.ToArray();
    }
}
