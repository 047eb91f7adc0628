using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Fixtures;

public sealed class GitRepositoryBuilderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BuiltRepositoryHasTheCommittedFilesOnTheNamedBranch()
    {
        using var repository = await new GitRepositoryBuilder()
            .WithDefaultBranch("trunk")
            .WithFiles(new Dictionary<string, string> { ["README.md"] = "# demo\n", ["src/app.py"] = "print('hi')\n" })
            .Commit("First")
            .WithFile("src/app.py", "print('hello')\n")
            .Commit("Second")
            .BuildAsync();

        var branch = await repository.GitAsync("symbolic-ref", "--short", "HEAD");
        var files = await repository.GitAsync("ls-tree", "-r", "--name-only", "HEAD");
        var log = await repository.GitAsync("log", "--format=%H %s");
        var status = await repository.GitAsync("status", "--porcelain");

        Assert.Equal("trunk", branch.Lines.Single());
        Assert.Equal(["README.md", "src/app.py"], files.Lines);
        Assert.Equal([$"{repository.Commits[1]} Second", $"{repository.Commits[0]} First"], log.Lines);
        Assert.Empty(status.Lines);
        Assert.Equal("print('hello')\n", await File.ReadAllTextAsync(Path.Combine(repository.Path, "src/app.py")));
    }

    [Fact]
    public async Task SameContentGivesTheSameCommitIds()
    {
        using var first = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var second = await GitRepositoryBuilder.PythonProject().BuildAsync();

        Assert.Equal(first.Head, second.Head);
    }

    [Fact]
    public async Task RepositoryClonesFromItsFileUrl()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().WithDefaultBranch("develop").BuildAsync();
        var clone = Directory.CreateTempSubdirectory("asa-tests-clone-").FullName;
        try
        {
            await GitRepositoryBuilder.GitAsync(clone, "clone", "--quiet", repository.FileUrl, ".");

            var head = await GitRepositoryBuilder.GitAsync(clone, "rev-parse", "--abbrev-ref", "HEAD");
            Assert.Equal("develop", head.Lines.Single());
            Assert.True(File.Exists(Path.Combine(clone, "test_calculator.py")));
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    [Fact]
    public async Task LargeRepositoryHoldsTensOfMegabytesThatDoNotCompress()
    {
        using var repository = await GitRepositoryBuilder.Large().BuildAsync();

        var objects = await repository.GitAsync("count-objects", "-v");
        var sizeKib = objects.Lines.Where(l => l.StartsWith("size", StringComparison.Ordinal))
            .Sum(l => long.Parse(l.Split(':')[1].Trim()));
        output.WriteLine($"Large repository: {sizeKib / 1024} MiB of objects");

        Assert.InRange(sizeKib, 24 * 1024, 30 * 1024);
        Assert.Equal(2, repository.Commits.Count);
    }

    [Fact]
    public async Task UncommittedFilesStayInTheWorkTreeOnly()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().WithFile("notes.txt", "draft\n").BuildAsync();

        var status = await repository.GitAsync("status", "--porcelain");

        Assert.Equal(["?? notes.txt"], status.Lines);
    }
}
