using Asa.Repair.Edits;

namespace Asa.Repair.Tests;

public sealed class RepositoryPathTests
{
    [Theory]
    [InlineData("src/calc.py")]
    [InlineData("README.md")]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData("docs/.gitignore")]
    [InlineData("a/b.c/d-e_f")]
    public void AcceptsRelativePathsInsideTheRepository(string path)
    {
        Assert.True(RepositoryPath.Check(path, out var reason));
        Assert.Equal("", reason);
    }

    [Theory]
    [InlineData("", "the path is empty")]
    [InlineData("C:/Windows/x.txt", "the path is absolute; it must be relative to the repository root")]
    [InlineData("~/x.txt", "the path is absolute; it must be relative to the repository root")]
    [InlineData("src/../../x", "the path has a '..' segment")]
    [InlineData("./src/x", "the path has a '.' segment")]
    [InlineData("src/", "the path has an empty segment")]
    [InlineData(".git", "the path is inside .git/")]
    [InlineData("vendor/lib/.git/hooks/pre-commit", "the path is inside .git/")]
    [InlineData(".GIT/config", "the path is inside .git/")]
    [InlineData("src/x\n.py", "the path contains control characters")]
    public void RejectsPathsThatCouldLeaveTheCheckoutOrReachGit(string path, string expected)
    {
        Assert.False(RepositoryPath.Check(path, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void RejectsPathsLongerThanFourHundredCharacters()
    {
        Assert.True(RepositoryPath.Check(new string('a', 400), out _));
        Assert.False(RepositoryPath.Check(new string('a', 401), out var reason));
        Assert.Equal("the path is 401 characters long; at most 400 are allowed", reason);
    }
}
