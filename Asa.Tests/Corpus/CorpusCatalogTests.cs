using System.Text.Json.Nodes;
using Asa.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

public sealed class CorpusCatalogTests : IDisposable
{
    private readonly SampleCorpus sample = new();

    private string CorpusPath => sample.Path;

    [Fact]
    public void TheRepositorysCorpusLoadsWithEveryCaseNamedAfterItsFolder()
    {
        var cases = CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root));

        Assert.NotEmpty(cases);
        Assert.All(cases, corpusCase => Assert.Equal(corpusCase.Name, Path.GetFileName(corpusCase.CaseDirectory)));
        Assert.All(cases, corpusCase => Assert.True(Directory.Exists(corpusCase.BuggyDirectory), corpusCase.Name));
    }

    [Fact]
    public void AWellFormedCaseIsReadFieldByField()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase);

        var corpusCase = Assert.Single(CorpusCatalog.Load(CorpusPath));

        Assert.Equal(("py-sample", "python", "algorithm", "operator", true, "evaluation"),
            (corpusCase.Name, corpusCase.Language, corpusCase.Category, corpusCase.Bug, corpusCase.EngineFixable, corpusCase.Set));
        Assert.Equal("python3 -m pytest -q -p no:cacheprovider heldback_tests", corpusCase.HeldBackCommand);
        Assert.Equal(Path.Combine(CorpusPath, "py-sample", "buggy"), corpusCase.BuggyDirectory);
    }

    [Fact]
    public void MalformedCaseJsonIsNamed()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase);
        WriteCase("js-broken", "{ \"name\": \"js-broken\", ");

        var exception = Assert.Throws<InvalidDataException>(() => CorpusCatalog.Load(CorpusPath));

        Assert.Contains("'js-broken'", exception.Message);
        Assert.Contains("not valid JSON", exception.Message);
    }

    [Theory]
    [InlineData("heldBackCommand")]
    [InlineData("engineFixable")]
    [InlineData("language")]
    [InlineData("set")]
    public void AMissingFieldIsNamedWithItsCase(string field)
    {
        var caseJson = JsonNode.Parse(SampleCorpus.ValidCase)!.AsObject();
        caseJson.Remove(field);
        WriteCase("py-sample", caseJson.ToJsonString());

        var exception = Assert.Throws<InvalidDataException>(() => CorpusCatalog.Load(CorpusPath));

        Assert.Contains("'py-sample'", exception.Message);
        Assert.Contains($"'{field}'", exception.Message);
    }

    [Fact]
    public void AnUnknownLanguageIsNamed()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase.Replace("\"python\"", "\"cobol\"", StringComparison.Ordinal));

        var exception = Assert.Throws<InvalidDataException>(() => CorpusCatalog.Load(CorpusPath));

        Assert.Contains("'language'", exception.Message);
        Assert.Contains("cobol", exception.Message);
    }

    [Fact]
    public void ASetOtherThanTuningOrEvaluationIsNamed()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase.Replace("\"evaluation\"", "\"both\"", StringComparison.Ordinal));

        var exception = Assert.Throws<InvalidDataException>(() => CorpusCatalog.Load(CorpusPath));

        Assert.Contains("'set'", exception.Message);
        Assert.Contains("'both'", exception.Message);
    }

    [Fact]
    public void TheEvaluationHalfHoldsTheHeldOutQuarter()
    {
        var cases = CorpusCatalog.Load(CorpusCatalog.Locate(SolutionPaths.Root));

        // Every fourth case in name order was held out on 2026-12-05 (corpus/README.md); it stays in the evaluation half.
        string[] heldOut = ["cs-fifo-stock", "cs-subscription-refund", "java-interval-merge", "java-roman-numerals", "java-title-case",
            "js-leap-year", "js-pagination", "py-business-days", "py-luhn-card-check", "py-room-booking", "py-word-frequency"];
        Assert.All(heldOut, name => Assert.Equal(CorpusCase.EvaluationSet, cases.Single(c => c.Name == name).Set));
        Assert.Contains(cases, c => c.Set == CorpusCase.TuningSet);
    }

    [Fact]
    public void AMissingBuggyFolderIsNamed()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase);
        Directory.Delete(Path.Combine(CorpusPath, "py-sample", "buggy"), recursive: true);

        var exception = Assert.Throws<InvalidDataException>(() => CorpusCatalog.Load(CorpusPath));

        Assert.Contains("'py-sample'", exception.Message);
        Assert.Contains("buggy/", exception.Message);
    }

    [Fact]
    public async Task TheBuggyRepositoryIsOneCommitOnMainWithTheSameIdEveryTime()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase);
        var corpusCase = Assert.Single(CorpusCatalog.Load(CorpusPath));

        using var first = await CorpusCheckout.RepositoryAsync(corpusCase, CancellationToken.None);
        using var second = await CorpusCheckout.RepositoryAsync(corpusCase, CancellationToken.None);

        var log = await Command.RunCheckedAsync("git", "-C", first.Path, "log", "--format=%H %an", "main");
        var again = await Command.RunCheckedAsync("git", "-C", second.Path, "log", "--format=%H %an", "main");
        var commit = Assert.Single(log.Lines, line => line.Length > 0);
        Assert.EndsWith(" asa-corpus", commit);
        Assert.Equal(log.Lines, again.Lines);
        Assert.Equal(SampleCorpus.BuggyCalc, await File.ReadAllTextAsync(Path.Combine(first.Path, "calc.py")));
    }

    [Fact]
    public async Task OverlaysReplaceBuggyFilesAndAddHeldBackOnes()
    {
        WriteCase("py-sample", SampleCorpus.ValidCase);
        var corpusCase = Assert.Single(CorpusCatalog.Load(CorpusPath));

        using var checkout = CorpusCheckout.LayOut(corpusCase, CorpusOverlay.Fixed | CorpusOverlay.HeldBack);

        Assert.Equal(SampleCorpus.FixedCalc, await File.ReadAllTextAsync(Path.Combine(checkout.Path, "calc.py")));
        Assert.True(File.Exists(Path.Combine(checkout.Path, "heldback_tests", "test_more.py")));
        Assert.True(File.Exists(Path.Combine(checkout.Path, "test_calc.py")));
    }

    public void Dispose() => sample.Dispose();

    private void WriteCase(string name, string caseJson) => sample.WriteCase(name, caseJson);
}
