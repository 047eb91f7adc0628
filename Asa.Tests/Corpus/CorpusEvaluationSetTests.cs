using Asa.Cli.Evaluation;
using Asa.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>The repository's corpus as the evaluation set <c>asa eval load-corpus</c> registers.</summary>
public sealed class CorpusEvaluationSetTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("asa-tests-eval-corpus-").FullName;

    private static IReadOnlyList<CorpusCase> RepositoryCorpus => CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root));

    [Fact]
    public void EveryCaseOfTheCorpusBecomesAnEvaluationCaseWithADifficultyAndItsHeldBackFiles()
    {
        var cases = RepositoryCorpus;

        Assert.Equal(100, cases.Count);
        foreach (var corpusCase in cases)
        {
            var evaluationCase = CorpusEvaluationCase.From(corpusCase, $"/repos/{corpusCase.Name}");

            Assert.Equal((corpusCase.Name, "/repos/" + corpusCase.Name, corpusCase.Description, corpusCase.TestCommand, corpusCase.Category),
                (evaluationCase.Name, evaluationCase.RepoUrl, evaluationCase.BugDescription, evaluationCase.TestCommand, evaluationCase.Category));
            Assert.Contains(evaluationCase.Difficulty, (string[])["easy", "medium", "hard"]);
            Assert.Equal(corpusCase.HeldBackCommand, evaluationCase.CheckCommand);
            Assert.Contains(corpusCase.HeldBackCommand, evaluationCase.ExpectedBehavior);
            var heldBack = CorpusFiles.RelativeFiles(corpusCase.HeldBackDirectory).Select(path => path.Replace(Path.DirectorySeparatorChar, '/')).ToList();
            Assert.NotEmpty(heldBack);
            Assert.Equal(heldBack, evaluationCase.CheckFiles.Keys.Order(StringComparer.Ordinal));
            Assert.All(heldBack, path => Assert.Equal(File.ReadAllText(Path.Combine(corpusCase.HeldBackDirectory, path)), evaluationCase.CheckFiles[path]));
        }
        // Every difficulty occurs, so a run can be sliced by each.
        Assert.Equal(["easy", "hard", "medium"], cases.Select(c => c.Difficulty).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("operator", "easy")]
    [InlineData("constant", "easy")]
    [InlineData("bound", "easy")]
    [InlineData("arguments", "medium")]
    [InlineData("variable", "medium")]
    [InlineData("condition", "medium")]
    [InlineData("statement", "medium")]
    [InlineData("return", "medium")]
    [InlineData("missing-statement", "hard")]
    [InlineData("two-edits", "hard")]
    public void TheDifficultyFollowsTheKindOfBug(string bug, string difficulty)
    {
        Assert.Equal(difficulty, CorpusDifficulty.Of(bug));
    }

    [Fact]
    public void AnUnknownKindOfBugHasNoDifficulty()
    {
        var exception = Assert.Throws<ArgumentException>(() => CorpusDifficulty.Of("typo"));

        Assert.Contains("'typo'", exception.Message);
    }

    [Fact]
    public void TheCorpusPyClampBoundsIsEasyAndNamesItsHeldBackTest()
    {
        var corpusCase = RepositoryCorpus.Single(c => c.Name == "py-clamp-bounds");

        var evaluationCase = CorpusEvaluationCase.From(corpusCase, "/repos/py-clamp-bounds");

        Assert.Equal("easy", evaluationCase.Difficulty);
        Assert.Equal(["heldback_tests/test_pricing_heldback.py"], evaluationCase.CheckFiles.Keys);
    }

    [Fact]
    public async Task ACaseRepositoryIsOneCommitWhoseTreeIsBuggyAndIsMadeAfreshEachTime()
    {
        var corpusCase = RepositoryCorpus.Single(c => c.Name == "js-leap-year");
        var repository = Path.Combine(scratch, "repos", corpusCase.Name);
        await CorpusRepository.CreateAsync(corpusCase, repository, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(repository, "left-over.txt"), "from an earlier load");

        await CorpusRepository.CreateAsync(corpusCase, repository, CancellationToken.None);

        var commits = await Command.RunCheckedAsync("git", "-C", repository, "rev-list", "--count", "HEAD");
        Assert.Equal("1", commits.Lines.First().Trim());
        var tree = await Command.RunCheckedAsync("git", "-C", repository, "ls-tree", "-r", "--name-only", "main");
        Assert.Equal(
            CorpusFiles.RelativeFiles(corpusCase.BuggyDirectory).Select(path => path.Replace(Path.DirectorySeparatorChar, '/')),
            tree.Lines.Where(line => line.Length > 0).Order(StringComparer.Ordinal));
        var status = await Command.RunCheckedAsync("git", "-C", repository, "status", "--porcelain");
        Assert.All(status.Lines, line => Assert.Equal("", line.Trim()));
        Assert.False(File.Exists(Path.Combine(repository, "left-over.txt")));
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
