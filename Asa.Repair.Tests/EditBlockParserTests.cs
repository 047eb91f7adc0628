using Asa.Repair.Edits;

namespace Asa.Repair.Tests;

public sealed class EditBlockParserTests
{
    private const string Header = """
        RATIONALE: add() subtracted instead of adding.
        CONFIDENCE: 0.85

        """;

    [Fact]
    public void ParsesRationaleConfidenceAndASearchReplaceBlockKeepingIndentation()
    {
        var fix = EditBlockParser.Parse(Header + """
            src/calc.py
            <<<<<<< SEARCH
            def add(a, b):
                return a - b
            =======
            def add(a, b):
                return a + b
            >>>>>>> REPLACE
            """);

        Assert.Equal("add() subtracted instead of adding.", fix.Rationale);
        Assert.Equal(0.85, fix.Confidence);
        var edit = Assert.IsType<SearchReplaceEdit>(Assert.Single(fix.Edits));
        Assert.Equal(new SearchReplaceEdit("src/calc.py", "def add(a, b):\n    return a - b\n", "def add(a, b):\n    return a + b\n"), edit);
    }

    [Fact]
    public void TheRationaleContinuesOnTheLinesBeforeConfidence()
    {
        var fix = EditBlockParser.Parse("""
            RATIONALE: the loop stops one short.
            It used < where <= was meant.
            CONFIDENCE: 0.7

            a.py
            <<<<<<< SEARCH
            x
            =======
            y
            >>>>>>> REPLACE
            """);

        Assert.Equal("the loop stops one short.\nIt used < where <= was meant.", fix.Rationale);
    }

    [Theory]
    [InlineData("85%", 0.85)]
    [InlineData("100 %", 1.0)]
    [InlineData("0", 0.0)]
    [InlineData("1", 1.0)]
    [InlineData("0.5", 0.5)]
    public void AcceptsConfidenceAsAFractionOrAPercentage(string written, double expected)
    {
        var fix = EditBlockParser.Parse($"RATIONALE: r\nCONFIDENCE: {written}\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n");

        Assert.Equal(expected, fix.Confidence, 6);
    }

    [Fact]
    public void ParsesLineRangeBlocksOfEveryKind()
    {
        var fix = EditBlockParser.Parse(Header + """
            src/other.py
            <<<<<<< REPLACE LINES 10-12
                new line
            >>>>>>> END

            src/other.py
            <<<<<<< INSERT AFTER LINE 5
            inserted
            second
            >>>>>>> END

            src/other.py
            <<<<<<< DELETE LINES 3-4
            >>>>>>> END

            src/other.py
            <<<<<<< REPLACE LINE 7
            seven
            >>>>>>> END
            """);

        Assert.Equal(
            [
                new LineRangeEdit("src/other.py", LineEditKind.Replace, 10, 12, "    new line\n"),
                new LineRangeEdit("src/other.py", LineEditKind.Insert, 5, 5, "inserted\nsecond\n"),
                new LineRangeEdit("src/other.py", LineEditKind.Delete, 3, 4, ""),
                new LineRangeEdit("src/other.py", LineEditKind.Replace, 7, 7, "seven\n"),
            ],
            fix.Edits);
    }

    [Fact]
    public void IgnoresCodeFencesOutsideBlocksAndCleansUpThePathLine()
    {
        var fix = EditBlockParser.Parse(Header + """
            The first change:

            `src/a.py`
            ```python
            <<<<<<< SEARCH
            a = 1
            =======
            a = 2
            >>>>>>> REPLACE
            ```

            File: src/b.py
            ```
            <<<<<<< INSERT AFTER LINE 0
            # header
            >>>>>>> END
            ```
            """);

        Assert.Equal(["src/a.py", "src/b.py"], fix.Edits.Select(e => e.Path));
    }

    [Fact]
    public void AcceptsIndentedMarkersAndAPathWrappedWithItsFilePrefixInBackticks()
    {
        var fix = EditBlockParser.Parse(Header + "`File: src/a.py`\n  <<<<<<< SEARCH\n  a = 1\n  =======\n  a = 2\n  >>>>>>> REPLACE\n");

        Assert.Equal(new SearchReplaceEdit("src/a.py", "  a = 1\n", "  a = 2\n"), Assert.Single(fix.Edits));
    }

    [Fact]
    public void KeepsFenceLinesThatAreInsideABlock()
    {
        var fix = EditBlockParser.Parse(Header + """
            README.md
            <<<<<<< SEARCH
            ```sh
            make
            ```
            =======
            ```sh
            make all
            ```
            >>>>>>> REPLACE
            """);

        var edit = Assert.IsType<SearchReplaceEdit>(Assert.Single(fix.Edits));
        Assert.Equal("```sh\nmake\n```\n", edit.Search);
        Assert.Equal("```sh\nmake all\n```\n", edit.Replace);
    }

    [Fact]
    public void NormalisesCrlfLineEndings()
    {
        var fix = EditBlockParser.Parse(
            "RATIONALE: r\r\nCONFIDENCE: 0.9\r\n\r\na.py\r\n<<<<<<< SEARCH\r\n  x = 1\r\n=======\r\n  x = 2\r\n>>>>>>> REPLACE\r\n");

        Assert.Equal(new SearchReplaceEdit("a.py", "  x = 1\n", "  x = 2\n"), Assert.Single(fix.Edits));
    }

    [Fact]
    public void AnEmptySearchSectionCreatesANewFile()
    {
        var fix = EditBlockParser.Parse(Header + """
            src/new_module.py
            <<<<<<< SEARCH
            =======
            VALUE = 1
            >>>>>>> REPLACE
            """);

        Assert.Equal(new SearchReplaceEdit("src/new_module.py", "", "VALUE = 1\n"), Assert.Single(fix.Edits));
    }

    [Fact]
    public void ReadsSeveralBlocksWithProseBetweenThem()
    {
        var fix = EditBlockParser.Parse(Header + """
            a.py
            <<<<<<< SEARCH
            x
            =======
            y
            >>>>>>> REPLACE

            Then the caller has to change as well:
            b.py
            <<<<<<< SEARCH
            f(x)
            =======
            f(y)
            >>>>>>> REPLACE
            """);

        Assert.Equal(["a.py", "b.py"], fix.Edits.Select(e => e.Path));
    }

    [Theory]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\n\nNo changes are needed.\n", "the reply has no edit blocks")]
    [InlineData("RATIONALE: r\nCONFIDENCE: high\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
        "CONFIDENCE must be a number from 0 to 1, got 'high'")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 1.5\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
        "CONFIDENCE must be a number from 0 to 1, got '1.5'")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 150%\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
        "CONFIDENCE must be a number from 0 to 1, got '150%'")]
    [InlineData("CONFIDENCE: 0.5\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
        "the reply has no 'RATIONALE:' line before its edit blocks")]
    [InlineData("RATIONALE: r\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
        "the reply has no 'CONFIDENCE:' line before its edit blocks")]
    [InlineData("RATIONALE:\nCONFIDENCE: 0.5\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n", "RATIONALE is empty")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\n<<<<<<< SEARCH\nx\n=======\ny\n>>>>>>> REPLACE\n",
        "block 1 has no file path on the line before its '<<<<<<<' line")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< SEARCH\nx\n>>>>>>> REPLACE\n", "block 1 (a.py) has no '=======' line")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< SEARCH\nx\n=======\ny\n", "block 1 (a.py) has no '>>>>>>> REPLACE' line")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< REPLACE LINES 1-2\ny\n", "block 1 (a.py) has no '>>>>>>> END' line")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< REPLACE LINES 12-10\ny\n>>>>>>> END\n",
        "block 1 (a.py) has line range 12-10, which ends before it starts")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< DELETE LINES 0-1\n>>>>>>> END\n",
        "block 1 (a.py) has line range 0-1; lines are numbered from 1")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< DELETE LINES 1-2\nstill here\n>>>>>>> END\n",
        "block 1 (a.py) is a DELETE and must have no lines between its markers")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n<<<<<<< MOVE LINES 1-2\n>>>>>>> END\n",
        "block 1 (a.py) starts with an unknown marker '<<<<<<< MOVE LINES 1-2'; expected SEARCH, REPLACE LINES a-b, INSERT AFTER LINE n or DELETE LINES a-b")]
    [InlineData("RATIONALE: r\nCONFIDENCE: 0.5\na.py\n>>>>>>> REPLACE\n", "line 4 has '>>>>>>> REPLACE' outside any edit block")]
    public void RejectsMalformedRepliesNamingTheProblem(string reply, string message)
    {
        var error = Assert.Throws<EditFormatException>(() => EditBlockParser.Parse(reply));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void NamesTheBlockAndFileWhoseDividerIsMissing()
    {
        var reply = Header + """
            src/a.py
            <<<<<<< SEARCH
            x
            =======
            y
            >>>>>>> REPLACE

            src/calc.py
            <<<<<<< SEARCH
            return a - b
            >>>>>>> REPLACE
            """;

        var error = Assert.Throws<EditFormatException>(() => EditBlockParser.Parse(reply));

        Assert.Equal("block 2 (src/calc.py) has no '=======' line", error.Message);
    }

    [Fact]
    public void WritesTheFixAsJsonWithTheSchemaFieldNames()
    {
        var fix = new ProposedFix("why", 0.85,
        [
            new SearchReplaceEdit("a.py", "x\n", "y\n"),
            new LineRangeEdit("b.py", LineEditKind.Replace, 10, 12, "z\n"),
            new LineRangeEdit("b.py", LineEditKind.Insert, 5, 5, "w\n"),
            new LineRangeEdit("b.py", LineEditKind.Delete, 3, 4, ""),
        ]);

        var json = EditBlockParser.ToJson(fix).ToJsonString();

        Assert.Equal(
            """{"rationale":"why","confidence":0.85,"edits":[""" +
            """{"path":"a.py","kind":"search_replace","search":"x\n","replace":"y\n"},""" +
            """{"path":"b.py","kind":"replace_lines","start_line":10,"end_line":12,"text":"z\n"},""" +
            """{"path":"b.py","kind":"insert_lines","start_line":5,"text":"w\n"},""" +
            """{"path":"b.py","kind":"delete_lines","start_line":3,"end_line":4}]}""",
            json);
    }

    [Fact]
    public void TheJsonOfAParsedReplyCarriesItsEdits()
    {
        var fix = EditBlockParser.Parse(Header + "a.py\n<<<<<<< DELETE LINES 2-3\n>>>>>>> END\n");

        var json = EditBlockParser.ToJson(fix);

        Assert.Equal(0.85, json["confidence"]!.GetValue<double>());
        Assert.Equal("delete_lines", json["edits"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal(3, json["edits"]![0]!["end_line"]!.GetValue<int>());
    }
}
