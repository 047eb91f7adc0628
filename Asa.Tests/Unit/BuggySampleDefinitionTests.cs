using Asa.Tests.Infrastructure.Samples;

namespace Asa.Tests.Unit;

/// <summary>The samples' replies fit the repositories they answer; what they do when run is BuggySampleTests' part.</summary>
public sealed class BuggySampleDefinitionTests
{
    public static TheoryData<string> Names() => [.. BuggySamples.All.Select(sample => sample.Name)];

    [Fact]
    public void EachLanguageHasOneSampleWithAUniqueName()
    {
        Assert.Equal(["csharp", "javascript", "python"], BuggySamples.All.Select(sample => sample.Language).Order(StringComparer.Ordinal));
        Assert.Equal(BuggySamples.All.Count, BuggySamples.All.Select(sample => sample.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void BugDescriptionIsOfALengthUsersMaySubmit(string name)
    {
        var sample = BuggySamples.Named(name);

        Assert.InRange(sample.BugDescription.Length, 10, 5000);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FixAndWrongFixEditOnlyTheBuggyFile(string name)
    {
        var sample = BuggySamples.Named(name);

        var fix = SampleEdits.Apply(sample.Files, sample.FixReply);
        var wrongFix = SampleEdits.Apply(sample.Files, sample.WrongFixReply);

        Assert.Equal([sample.BuggyFile], fix.Keys);
        Assert.Equal([sample.BuggyFile], wrongFix.Keys);
        Assert.NotEqual(fix[sample.BuggyFile], wrongFix[sample.BuggyFile]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TestDeletingReplyRemovesAnAssertionFromTheExistingTestsAndLeavesTheCodeAlone(string name)
    {
        var sample = BuggySamples.Named(name);

        var changed = SampleEdits.Apply(sample.Files, sample.TestDeletingReply);

        var (path, content) = Assert.Single(changed);
        Assert.NotEqual(sample.BuggyFile, path);
        Assert.NotEqual(sample.ReproductionTestPath, path);
        Assert.True(AssertionCount(content) < AssertionCount(sample.Files[path]), $"{path} keeps all its assertions");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ReproductionIsANewFile(string name)
    {
        var sample = BuggySamples.Named(name);

        Assert.DoesNotContain(sample.ReproductionTestPath, sample.Files.Keys);
        Assert.Contains(sample.BuggyFile, sample.Files.Keys);
    }

    private static int AssertionCount(string content) =>
        content.Split('\n').Count(line => line.TrimStart().StartsWith("assert", StringComparison.OrdinalIgnoreCase));
}
