using Asa.Repair.Diffs;

using Asa.Repair.Edits;

namespace Asa.Repair.Tests;

public sealed class UnifiedDiffTests
{
    private static string Numbered(int count, Func<int, string>? line = null) =>
        string.Concat(Enumerable.Range(1, count).Select(n => (line ?? (i => $"line {i}"))(n) + "\n"));

    [Fact]
    public void RendersAOneLineChangeWithGitHeaders()
    {
        var diff = UnifiedDiff.Render("src/f.txt", "a\nb\nc\n", "a\nB\nc\n");

        Assert.Equal("""
            diff --git a/src/f.txt b/src/f.txt
            --- a/src/f.txt
            +++ b/src/f.txt
            @@ -1,3 +1,3 @@
             a
            -b
            +B
             c

            """, diff);
    }

    [Fact]
    public void RendersACreatedFileAgainstDevNull()
    {
        Assert.Equal("""
            diff --git a/n.txt b/n.txt
            new file mode 100644
            --- /dev/null
            +++ b/n.txt
            @@ -0,0 +1,2 @@
            +x
            +y

            """, UnifiedDiff.Render("n.txt", null, "x\ny\n"));
    }

    [Fact]
    public void RendersADeletedFileAgainstDevNull()
    {
        Assert.Equal("""
            diff --git a/n.txt b/n.txt
            deleted file mode 100644
            --- a/n.txt
            +++ /dev/null
            @@ -1 +0,0 @@
            -x

            """, UnifiedDiff.Render("n.txt", "x\n", null));
    }

    [Fact]
    public void MarksALastLineWithoutNewline()
    {
        var diff = UnifiedDiff.Render("f", "a\nb", "a\nc");

        Assert.EndsWith("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void IsEmptyWhenNothingChanged()
    {
        Assert.Equal("", UnifiedDiff.Render("f", "a\n", "a\n"));
        Assert.Equal("", UnifiedDiff.Render("f", null, null));
    }

    [Fact]
    public void SplitsDistantChangesIntoHunksWithThreeLinesOfContext()
    {
        var diff = UnifiedDiff.Render("f", Numbered(20), Numbered(20, n => n is 2 or 19 ? $"changed {n}" : $"line {n}"));

        Assert.Equal(["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"], diff.Split('\n').Where(l => l.StartsWith("@@")));
    }

    [Fact]
    public void MergesHunksWhoseContextsMeet()
    {
        var sixApart = UnifiedDiff.Render("f", Numbered(20), Numbered(20, n => n is 5 or 12 ? $"changed {n}" : $"line {n}"));
        var sevenApart = UnifiedDiff.Render("f", Numbered(20), Numbered(20, n => n is 5 or 13 ? $"changed {n}" : $"line {n}"));

        Assert.Equal(["@@ -2,14 +2,14 @@"], sixApart.Split('\n').Where(l => l.StartsWith("@@")));
        Assert.Equal(["@@ -2,7 +2,7 @@", "@@ -10,7 +10,7 @@"], sevenApart.Split('\n').Where(l => l.StartsWith("@@")));
    }

    [Fact]
    public void WritesAnEmptyOldRangeAsTheLineBeforeIt()
    {
        var diff = UnifiedDiff.Render("f", "a\nc\n", "a\nb\nc\n", context: 0);

        Assert.EndsWith("@@ -1,0 +2 @@\n+b\n", diff);
    }

    [Fact]
    public void FindsTheShortestEditScript()
    {
        // The example of Myers' paper: "abcabba" to "cbabac" needs five insertions and deletions.
        var (added, removed) = UnifiedDiff.ChangedLines("a\nb\nc\na\nb\nb\na\n", "c\nb\na\nb\na\nc\n");

        Assert.Equal(5, added.Count + removed.Count);
    }

    [Fact]
    public void ListsTheLinesAChangeAddsAndRemoves()
    {
        var (added, removed) = UnifiedDiff.ChangedLines("keep\nold one\nold two\nkeep too\n", "keep\nnew one\nkeep too\nnew end");

        Assert.Equal(["new one", "new end"], added);
        Assert.Equal(["old one", "old two"], removed);
    }

    [Fact]
    public void ChangedLinesOfANewFileAreAllAdded()
    {
        var (added, removed) = UnifiedDiff.ChangedLines(null, "a\r\nb\r\n");

        Assert.Equal(["a", "b"], added);
        Assert.Empty(removed);
    }

    public static TheoryData<string?, string?> Pairs => new()
    {
        { "a\nb\nc\n", "a\nB\nc\n" },
        { null, "new\nfile\n" },
        { "old\nfile\n", null },
        { "", "x\n" },
        { "a\nb", "a\nb\n" },
        { "x\ny\nz\n", "" },
        { Numbered(40), Numbered(40, n => n % 7 == 0 ? $"seven {n}" : $"line {n}") },
        { Numbered(30), string.Concat(Numbered(30).Split('\n').Reverse().Select(l => l + "\n")).TrimStart('\n') },
        { "def f():\n    return 1\n\n\ndef g():\n    return 1\n", "def f():\n    return 2\n\ndef g():\n    return 1\n    # done\n" },
        { "a\r\nb\r\n", "a\r\nc\r\n" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void PatchingTheOldTextWithTheDiffGivesTheNewText(string? oldText, string? newText)
    {
        var diff = UnifiedDiff.Render("f.txt", oldText, newText);

        Assert.Equal(newText, Patched(oldText, diff));
    }

    [Fact]
    public void StaysCorrectWhenTheFilesShareTooLittleForAShortestScript()
    {
        var oldText = Numbered(3000, n => $"old {n}");
        var newText = Numbered(3000, n => n % 1000 == 0 ? $"old {n}" : $"new {n}");

        var diff = UnifiedDiff.Render("f", oldText, newText);

        Assert.Equal(newText, Patched(oldText, diff));
    }

    [Fact]
    public void RandomEditsRoundTripWithAMinimalNumberOfChangedLines()
    {
        var random = new Random(20261126);
        for (var round = 0; round < 300; round++)
        {
            var oldLines = Enumerable.Range(0, random.Next(0, 25)).Select(_ => "abcde"[random.Next(5)].ToString()).ToList();
            var newLines = oldLines.ToList();
            for (var change = random.Next(0, 8); change > 0; change--)
            {
                var at = random.Next(newLines.Count + 1);
                if (random.Next(2) == 0 && at < newLines.Count)
                {
                    newLines.RemoveAt(at);
                }
                else
                {
                    newLines.Insert(at, "abcdef"[random.Next(6)].ToString());
                }
            }
            var oldText = string.Concat(oldLines.Select(l => l + "\n"));
            var newText = string.Concat(newLines.Select(l => l + "\n"));

            var diff = UnifiedDiff.Render("f", oldText, newText, context: random.Next(0, 4));
            var (added, removed) = UnifiedDiff.ChangedLines(oldText, newText);

            Assert.Equal(newText, Patched(oldText, diff));
            Assert.Equal(oldLines.Count + newLines.Count - 2 * LongestCommonSubsequence(oldLines, newLines), added.Count + removed.Count);
        }
    }

    // The production applier checks every context and removed line, so a diff passes only if it really turns old into new.
    private static string? Patched(string? oldText, string diff) =>
        diff.Length == 0 ? oldText : GitPatch.Parse(diff).Single().Apply(oldText);

    private static int LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                lengths[i, j] = a[i - 1] == b[j - 1] ? lengths[i - 1, j - 1] + 1 : Math.Max(lengths[i - 1, j], lengths[i, j - 1]);
            }
        }
        return lengths[a.Count, b.Count];
    }
}
