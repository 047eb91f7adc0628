using Asa.Worker.Delivery;
using LibGit2Sharp;

namespace Asa.Tests.Delivery;

public sealed class BranchPublisherTests : IDisposable
{
    private const string FixedCalculator = "def add(a, b):\n    return a + b\n";

    private const string CalculatorFix = """
        diff --git a/calculator.py b/calculator.py
        --- a/calculator.py
        +++ b/calculator.py
        @@ -1,2 +1,2 @@
         def add(a, b):
        -    return a - b
        +    return a + b

        """;

    private static readonly string Branch = FixBranchName.For(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "add() subtracts");

    private static readonly Signature Fixer = new("ASA Fixer", "fixer@asa.invalid", new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));

    private readonly GitScratch scratch = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PushCreatesTheBranchWithTheFixAndMovesNoOtherRef(bool asFileUrl)
    {
        var (remote, clone, fix) = await RemoteAndFixAsync();
        var mainBefore = await GitScratch.GitLineAsync(remote, "rev-parse", "refs/heads/main");
        var refsBefore = await GitScratch.RefsAsync(remote);

        var pushed = BranchPublisher.Push(clone, asFileUrl ? new Uri(remote).AbsoluteUri : remote, fix, Branch, "main", null, CancellationToken.None);

        Assert.Equal(Branch, pushed);
        Assert.Equal(FixedCalculator, FileOnBranch(remote, Branch, "calculator.py"));
        Assert.Equal(mainBefore, await GitScratch.GitLineAsync(remote, "rev-parse", "refs/heads/main"));
        Assert.Equal(refsBefore.Append($"refs/heads/{Branch} {fix}").Order(StringComparer.Ordinal), await GitScratch.RefsAsync(remote));
    }

    [Fact]
    public async Task PushGivesATakenNameASuffixAndLeavesTheOtherBranchWhereItWas()
    {
        var (remote, clone, fix) = await RemoteAndFixAsync();
        var main = await GitScratch.GitLineAsync(remote, "rev-parse", "refs/heads/main");
        await GitScratch.GitAsync(remote, "branch", Branch, main);

        var pushed = BranchPublisher.Push(clone, remote, fix, Branch, "main", null, CancellationToken.None);

        Assert.Equal($"{Branch}-2", pushed);
        Assert.Equal(fix, await GitScratch.GitLineAsync(remote, "rev-parse", $"refs/heads/{Branch}-2"));
        Assert.Equal(main, await GitScratch.GitLineAsync(remote, "rev-parse", $"refs/heads/{Branch}"));
        Assert.Equal(FixedCalculator, FileOnBranch(remote, $"{Branch}-2", "calculator.py"));
    }

    [Fact]
    public async Task PushingTheSameCommitAgainReturnsItsBranchAndCreatesNoOther()
    {
        var (remote, clone, fix) = await RemoteAndFixAsync();
        await GitScratch.GitAsync(remote, "branch", Branch, "main");
        var first = BranchPublisher.Push(clone, remote, fix, Branch, "main", null, CancellationToken.None);
        var refsAfterFirst = await GitScratch.RefsAsync(remote);

        var second = BranchPublisher.Push(clone, remote, fix, Branch, "main", null, CancellationToken.None);

        Assert.Equal($"{Branch}-2", first);
        Assert.Equal(first, second);
        Assert.Equal(refsAfterFirst, await GitScratch.RefsAsync(remote));
    }

    [Theory]
    [InlineData("main", "main")]
    [InlineData("feature/fix", "main")]
    [InlineData("asa/release", "asa/release")]
    public async Task PushRefusesABranchOutsideAsaOrEqualToTheBaseAndSendsNothing(string branch, string baseBranch)
    {
        var (remote, clone, fix) = await RemoteAndFixAsync();
        var refsBefore = await GitScratch.RefsAsync(remote);

        Assert.Throws<InvalidOperationException>(() => BranchPublisher.Push(clone, remote, fix, branch, baseBranch, null, CancellationToken.None));

        Assert.Equal(refsBefore, await GitScratch.RefsAsync(remote));
        using var repository = new Repository(remote);
        Assert.Null(repository.Lookup(fix));
    }

    [Fact]
    public async Task FetchIntoCreatesTheBranchAndLeavesTheCheckedOutWorkAlone()
    {
        var (local, clone, fix) = await LocalWithWorkInProgressAndFixAsync();
        var before = await GitScratch.WorkingStateAsync(local);
        var refsBefore = await GitScratch.RefsAsync(local);
        var configBefore = await File.ReadAllTextAsync(Path.Combine(local, ".git", "config"));

        var fetched = BranchPublisher.FetchInto(local, clone, fix, Branch, "work");

        Assert.Equal(Branch, fetched);
        Assert.Equal(configBefore, await File.ReadAllTextAsync(Path.Combine(local, ".git", "config")));
        Assert.Equal(FixedCalculator, FileOnBranch(local, Branch, "calculator.py"));
        Assert.Equal(before, await GitScratch.WorkingStateAsync(local));
        Assert.Equal(refsBefore.Append($"refs/heads/{Branch} {fix}").Order(StringComparer.Ordinal), await GitScratch.RefsAsync(local));
        Assert.Equal("# calculator\nwork in progress\n", await File.ReadAllTextAsync(Path.Combine(local, "README.md")));
    }

    [Fact]
    public async Task FetchIntoGivesATakenNameASuffix()
    {
        var (local, clone, fix) = await LocalWithWorkInProgressAndFixAsync();
        var work = await GitScratch.GitLineAsync(local, "rev-parse", "HEAD");
        await GitScratch.GitAsync(local, "branch", Branch, work);
        var before = await GitScratch.WorkingStateAsync(local);

        var fetched = BranchPublisher.FetchInto(local, clone, fix, Branch, "work");

        Assert.Equal($"{Branch}-2", fetched);
        Assert.Equal(fix, await GitScratch.GitLineAsync(local, "rev-parse", $"refs/heads/{Branch}-2"));
        Assert.Equal(work, await GitScratch.GitLineAsync(local, "rev-parse", $"refs/heads/{Branch}"));
        Assert.Equal(before, await GitScratch.WorkingStateAsync(local));
    }

    [Fact]
    public async Task FetchIntoRefusesTheBaseBranch()
    {
        var (local, clone, fix) = await LocalWithWorkInProgressAndFixAsync();
        var refsBefore = await GitScratch.RefsAsync(local);

        Assert.Throws<InvalidOperationException>(() => BranchPublisher.FetchInto(local, clone, fix, "work", "work"));

        Assert.Equal(refsBefore, await GitScratch.RefsAsync(local));
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>A bare remote on <c>main</c>, a clone of it, and the fix committed in the clone.</summary>
    private async Task<(string Remote, string Clone, string Fix)> RemoteAndFixAsync()
    {
        var remote = await scratch.BareCloneAsync(await scratch.RepositoryAsync(Calculator()));
        var clone = await scratch.CloneAsync(remote);
        var fix = FixCommit.Create(clone, await GitScratch.GitLineAsync(clone, "rev-parse", "HEAD"), CalculatorFix, "Fix add", Fixer);
        return (remote, clone, fix);
    }

    /// <summary>
    /// A user's repository with the branch <c>work</c> checked out, a staged change, an unstaged change and an untracked file;
    /// a clone of it, and the fix committed in the clone.
    /// </summary>
    private async Task<(string Local, string Clone, string Fix)> LocalWithWorkInProgressAndFixAsync()
    {
        var local = await scratch.RepositoryAsync(Calculator());
        await GitScratch.GitAsync(local, "checkout", "--quiet", "-b", "work");
        GitScratch.WriteFile(local, "notes.txt", "notes\n");
        await GitScratch.CommitAllAsync(local, "Notes");
        var clone = await scratch.CloneAsync(local);
        var fix = FixCommit.Create(clone, await GitScratch.GitLineAsync(clone, "rev-parse", "HEAD"), CalculatorFix, "Fix add", Fixer);
        GitScratch.WriteFile(local, "notes.txt", "notes\nstaged\n");
        await GitScratch.GitAsync(local, "add", "notes.txt");
        GitScratch.WriteFile(local, "README.md", "# calculator\nwork in progress\n");
        GitScratch.WriteFile(local, "scratch/untracked.txt", "not in git\n");
        return (local, clone, fix);
    }

    private static Dictionary<string, string> Calculator() => new()
    {
        ["calculator.py"] = "def add(a, b):\n    return a - b\n",
        ["README.md"] = "# calculator\n",
    };

    private static string FileOnBranch(string repositoryPath, string branch, string path)
    {
        using var repository = new Repository(repositoryPath);
        return ((Blob)repository.Branches[branch].Tip[path].Target).GetContentText();
    }
}
