using Asa.Repair.Edits;

namespace Asa.Repair.Tests;

public sealed class EditApplierTests
{
    private const string Calc = """
        def add(a, b):
            return a - b


        def sub(a, b):
            return a - b

        """;

    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal) { ["src/calc.py"] = Calc };
    private readonly List<string> reads = [];

    private EditApplication Apply(params FileEdit[] edits) => EditApplier.Apply(edits, path =>
    {
        reads.Add(path);
        return files.GetValueOrDefault(path);
    });

    [Fact]
    public void ReplacesTheOnePlaceTheSearchMatches()
    {
        var result = Apply(new SearchReplaceEdit("src/calc.py", "def add(a, b):\n    return a - b\n", "def add(a, b):\n    return a + b\n"));

        Assert.True(result.Applied);
        Assert.Equal(Calc.Replace("add(a, b):\n    return a - b", "add(a, b):\n    return a + b"), result.NewContents["src/calc.py"]);
    }

    [Fact]
    public void AppliesSearchReplaceEditsInOrderOnTheEvolvingText()
    {
        var result = Apply(
            new SearchReplaceEdit("src/calc.py", "def add(a, b):\n", "def plus(a, b):\n"),
            new SearchReplaceEdit("src/calc.py", "def plus(a, b):\n    return a - b\n", "def plus(a, b):\n    return a + b\n"));

        Assert.True(result.Applied);
        Assert.StartsWith("def plus(a, b):\n    return a + b\n", result.NewContents["src/calc.py"]);
    }

    [Fact]
    public void AcceptsASearchThatDiffersOnlyInTrailingWhitespace()
    {
        files["a.py"] = "x = 1   \ny = 2\t\nz = 3\n";

        var result = Apply(new SearchReplaceEdit("a.py", "x = 1\ny = 2\n", "x = 10\ny = 20\n"));

        Assert.True(result.Applied, string.Join("\n", result.Problems));
        Assert.Equal("x = 10\ny = 20\nz = 3\n", result.NewContents["a.py"]);
    }

    [Fact]
    public void RejectsAnAmbiguousSearch()
    {
        var result = Apply(new SearchReplaceEdit("src/calc.py", "    return a - b\n", "    return a + b\n"));

        Assert.False(result.Applied);
        Assert.Empty(result.NewContents);
        Assert.Equal(["edit 1 (src/calc.py): SEARCH matches 2 places; include more surrounding lines"], result.Problems);
    }

    [Fact]
    public void RejectsASearchThatIsAmbiguousOnceTrailingWhitespaceIsIgnored()
    {
        files["a.py"] = "x = 1 \nx = 1\t\n";

        var result = Apply(new SearchReplaceEdit("a.py", "x = 1\n", "x = 2\n"));

        Assert.Equal(["edit 1 (a.py): SEARCH matches 2 places when trailing whitespace is ignored; include more surrounding lines"], result.Problems);
    }

    [Fact]
    public void QuotesTheClosestLinesWhenTheSearchDoesNotMatch()
    {
        var result = Apply(new SearchReplaceEdit("src/calc.py", "def sub(a, b):\n  return a - b\n", "def sub(a, b):\n  return b - a\n"));

        Assert.False(result.Applied);
        Assert.Equal(
            ["edit 1 (src/calc.py): SEARCH does not match the file exactly; the closest lines are 5-6:\ndef sub(a, b):\n    return a - b\n"],
            result.Problems);
    }

    [Fact]
    public void NeverAppliesAnApproximateMatch()
    {
        files["a.py"] = "if ok:\n    run()\n";

        var result = Apply(new SearchReplaceEdit("a.py", "if ok:\n  run()\n", "if ok:\n  stop()\n"));

        Assert.False(result.Applied);
        Assert.Empty(result.NewContents);
    }

    [Fact]
    public void AppliesLineRangeEditsAgainstTheOriginalNumbering()
    {
        files["n.txt"] = "1\n2\n3\n4\n5\n";

        var result = Apply(
            new LineRangeEdit("n.txt", LineEditKind.Replace, 2, 3, "two\nthree\nthree and a half\n"),
            new LineRangeEdit("n.txt", LineEditKind.Insert, 0, 0, "top\n"),
            new LineRangeEdit("n.txt", LineEditKind.Delete, 5, 5, ""),
            new LineRangeEdit("n.txt", LineEditKind.Insert, 4, 4, "after four\n"));

        Assert.True(result.Applied, string.Join("\n", result.Problems));
        Assert.Equal("top\n1\ntwo\nthree\nthree and a half\n4\nafter four\n", result.NewContents["n.txt"]);
    }

    [Fact]
    public void AppliesLineRangeEditsBeforeSearchReplaceEdits()
    {
        files["n.txt"] = "a\nb\nc\n";

        var result = Apply(
            new SearchReplaceEdit("n.txt", "B\n", "bee\n"),
            new LineRangeEdit("n.txt", LineEditKind.Replace, 2, 2, "B\n"));

        Assert.True(result.Applied, string.Join("\n", result.Problems));
        Assert.Equal("a\nbee\nc\n", result.NewContents["n.txt"]);
    }

    [Fact]
    public void InsertsAfterALastLineThatHasNoNewline()
    {
        files["n.txt"] = "a\nb";

        var result = Apply(new LineRangeEdit("n.txt", LineEditKind.Insert, 2, 2, "c"));

        Assert.Equal("a\nb\nc\n", result.NewContents["n.txt"]);
    }

    [Fact]
    public void RejectsOverlappingLineRanges()
    {
        files["n.txt"] = "1\n2\n3\n4\n5\n";

        var result = Apply(
            new LineRangeEdit("n.txt", LineEditKind.Replace, 2, 4, "x\n"),
            new LineRangeEdit("n.txt", LineEditKind.Delete, 4, 5, ""),
            new LineRangeEdit("n.txt", LineEditKind.Insert, 3, 3, "y\n"));

        Assert.Equal(
            [
                "edit 2 (n.txt): lines 4-5 and lines 2-4 of edit 1 overlap; make them one edit",
                "edit 3 (n.txt): the insertion after line 3 and lines 2-4 of edit 1 overlap; make them one edit",
            ],
            result.Problems);
        Assert.Empty(result.NewContents);
    }

    [Fact]
    public void AllowsAnInsertionRightAfterAReplacedRange()
    {
        files["n.txt"] = "1\n2\n3\n";

        var result = Apply(
            new LineRangeEdit("n.txt", LineEditKind.Replace, 1, 2, "x\n"),
            new LineRangeEdit("n.txt", LineEditKind.Insert, 2, 2, "y\n"));

        Assert.Equal("x\ny\n3\n", result.NewContents["n.txt"]);
    }

    [Theory]
    [InlineData(LineEditKind.Replace, 2, 4, "edit 1 (n.txt): lines 2-4 are out of range; the file has 3 lines")]
    [InlineData(LineEditKind.Delete, 4, 4, "edit 1 (n.txt): lines 4-4 are out of range; the file has 3 lines")]
    [InlineData(LineEditKind.Insert, 4, 4, "edit 1 (n.txt): cannot insert after line 4; the file has 3 lines")]
    public void RejectsLineNumbersOutsideTheFile(LineEditKind kind, int start, int end, string problem)
    {
        files["n.txt"] = "1\n2\n3\n";

        var result = Apply(new LineRangeEdit("n.txt", kind, start, end, kind == LineEditKind.Delete ? "" : "x\n"));

        Assert.Equal([problem], result.Problems);
    }

    [Fact]
    public void CreatesAMissingFileFromAnEmptySearch()
    {
        var result = Apply(new SearchReplaceEdit("src/new.py", "", "VALUE = 1\n"));

        Assert.True(result.Applied);
        Assert.Equal("VALUE = 1\n", result.NewContents["src/new.py"]);
    }

    [Fact]
    public void RejectsAnEmptySearchOnAnExistingFile()
    {
        var result = Apply(new SearchReplaceEdit("src/calc.py", "", "everything\n"));

        Assert.Equal(
            ["edit 1 (src/calc.py): SEARCH is empty, which only creates a new file, but the file already exists; quote the lines to change"],
            result.Problems);
    }

    [Fact]
    public void RejectsEditsToAMissingFileOtherThanCreatingIt()
    {
        var result = Apply(
            new SearchReplaceEdit("gone.py", "x\n", "y\n"),
            new LineRangeEdit("gone.py", LineEditKind.Delete, 1, 1, ""));

        Assert.Equal(
            [
                "edit 1 (gone.py): the file does not exist; to create it, leave SEARCH empty",
                "edit 2 (gone.py): the file does not exist; line edits need an existing file",
            ],
            result.Problems);
    }

    [Theory]
    [InlineData("../outside.py", "the path has a '..' segment")]
    [InlineData("/etc/passwd", "the path is absolute; it must be relative to the repository root")]
    [InlineData(".git/config", "the path is inside .git/")]
    [InlineData("src//calc.py", "the path has an empty segment")]
    [InlineData("src\\calc.py", "the path uses '\\'; separate directories with '/'")]
    [InlineData("src/\u0007calc.py", "the path contains control characters")]
    public void NeverReadsAnInvalidPath(string path, string reason)
    {
        var result = Apply(
            new SearchReplaceEdit("src/calc.py", "def add(a, b):\n", "def plus(a, b):\n"),
            new SearchReplaceEdit(path, "x\n", "y\n"));

        Assert.Equal([$"edit 2 ({path.Replace('\u0007', '?')}): {reason}"], result.Problems);
        Assert.Equal(["src/calc.py"], reads);
        Assert.Empty(result.NewContents);
    }

    [Fact]
    public void KeepsTheLineEndingsOfACrlfFile()
    {
        files["w.cs"] = "a();\r\nb();\r\n";

        var result = Apply(new SearchReplaceEdit("w.cs", "b();\n", "c();\nd();\n"));

        Assert.Equal("a();\r\nc();\r\nd();\r\n", result.NewContents["w.cs"]);
    }

    [Fact]
    public void ReportsEveryProblemAndChangesNothingWhenAnyEditFails()
    {
        files["b.py"] = "b\n";

        var result = Apply(
            new SearchReplaceEdit("src/calc.py", "def add(a, b):\n", "def plus(a, b):\n"),
            new SearchReplaceEdit("b.py", "c\n", "d\n"),
            new SearchReplaceEdit("b.py", "b\nb\n", "d\n"));

        Assert.False(result.Applied);
        Assert.Empty(result.NewContents);
        Assert.Equal(["edit 2 (b.py)", "edit 3 (b.py)"], result.Problems.Select(p => p[..p.IndexOf(':')]));
    }

    [Fact]
    public void ReadsEachFileOnce()
    {
        Apply(
            new SearchReplaceEdit("src/calc.py", "def add(a, b):\n", "def plus(a, b):\n"),
            new SearchReplaceEdit("src/calc.py", "def sub(a, b):\n", "def minus(a, b):\n"));

        Assert.Equal(["src/calc.py"], reads);
    }
}
