using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class DocumentedAgreementTests
{
    [Fact]
    public void ANumberThePythonDocstringGivesAgreesAndOneItDoesNotNameIsNeutral()
    {
        const string original = """"
            def chunks(data):
                """Split data into chunks of at most 64 bytes."""
                size = 32
                return [data[i:i + size] for i in range(0, len(data), size)]

            """";

        Assert.Equal(new DocumentedAgreement.Agreement(2, "64", null), DocumentedAgreement.Of(Edit("chunks.py", original, "size = 32", "size = 64", 3)));
        Assert.Equal(0, DocumentedAgreement.Of(Edit("chunks.py", original, "size = 32", "size = 31", 3)).Score);
    }

    [Fact]
    public void ANumberTheCommentsMentionAndTheFunctionNeverWritesCountsTwiceInAnAllmanStyleCSharpMethod()
    {
        const string original = """
            public static class Parcel
            {
                // Weights 3 and 1 alternate over the 12 digits; a valid code's sum is a multiple of 7.
                public static bool HasValidCheck(string code)
                {
                    var sum = 0;
                    for (var i = 0; i < 12; i++)
                    {
                        sum += (code[i] - '0') * (i % 2 == 0 ? 3 : 1);
                    }
                    return sum % 3 == 0;
                }
            }
            """;

        Assert.Equal(new DocumentedAgreement.Agreement(1, "7", "3"), DocumentedAgreement.Of(Edit("Parcel.cs", original, "sum % 3 == 0", "sum % 7 == 0", 11)));
        Assert.Equal(0, DocumentedAgreement.Of(Edit("Parcel.cs", original, "sum % 3 == 0", "sum % 3 != 0", 11)).Score);
        Assert.Equal(-1, DocumentedAgreement.Of(Edit("Parcel.cs", original, "i < 12", "i < 11", 7)).Score);
        // 3 is already written in the method's body, below the brace on its own line: bringing it in counts once.
        Assert.Equal(0, DocumentedAgreement.Of(Edit("Parcel.cs", original, "? 3 : 1", "? 3 : 3", 9)).Score);
    }

    [Fact]
    public void TakingOutANameTheJavadocMentionsDisagreesAndANameMatchesItsWordsInTheComment()
    {
        const string original = """
            class Retry {
                /** Waits the base delay, doubled after each failure, but never more than the max delay. */
                static long delay(int failures, long baseDelay, long maxDelay) {
                    long wait = baseDelay << failures;
                    return Math.min(wait, baseDelay);
                }
            }
            """;

        var right = DocumentedAgreement.Of(Edit("Retry.java", original, "Math.min(wait, baseDelay)", "Math.min(wait, maxDelay)", 5));
        var wrong = DocumentedAgreement.Of(Edit("Retry.java", original, "long wait = baseDelay << failures", "long wait = 1L << failures", 4));

        Assert.Equal(new DocumentedAgreement.Agreement(0, "maxDelay", "baseDelay"), right);
        Assert.Equal(new DocumentedAgreement.Agreement(-1, null, "baseDelay"), wrong);
    }

    [Fact]
    public void OnlyTheCommentsOfTheFunctionAroundTheLineCountNotAnotherFunctionsNorACommentBelow()
    {
        const string original = """
            // Rounds to the nearest 5.
            function roundFive(x) {
              return Math.round(x / 5) * 5;
            }

            function roundTen(x) {
              return Math.round(x / 10) * 10;
            }
            // Rounds to the nearest 5, downwards.
            function floorFive(x) {
              return Math.floor(x / 5) * 5;
            }
            """;

        Assert.Equal(0, DocumentedAgreement.Of(Edit("round.js", original, "Math.round(x / 10) * 10", "Math.round(x / 5) * 10", 7)).Score);
        Assert.Equal(-1, DocumentedAgreement.Of(Edit("round.js", original, "Math.round(x / 5) * 5", "Math.round(x / 5) * 10", 3)).Score);
    }

    [Fact]
    public void ConnectivesAndBoundsCountByWhatTheySayInWords()
    {
        const string original = """
            class Loans {
                /** A member may borrow while the account is open and the fines are at most the limit. */
                static boolean mayBorrow(boolean closed, int fines, int limit) {
                    return closed && fines < limit;
                }
            }
            """;

        Assert.Equal(-1, DocumentedAgreement.Of(Edit("Loans.java", original, "closed && fines", "closed || fines", 4)).Score);
        Assert.Equal(0, DocumentedAgreement.Of(Edit("Loans.java", original, "closed && fines", "!closed && fines", 4)).Score);
        var inclusive = DocumentedAgreement.Of(Edit("Loans.java", original, "fines < limit", "fines <= limit", 4));
        Assert.Equal(2, inclusive.Score);
        Assert.Equal("an inclusive bound (at most, at least)", DocumentedAgreement.Display(inclusive.BroughtIn!));
    }

    [Theory]
    [InlineData("Passes when the score is below the pass mark.", 2)]
    [InlineData("Passes when the score is less than or equal to the pass mark.", -1)]
    [InlineData("Passes when the score reaches the pass mark.", 0)]
    public void APythonDocstringsBoundDecidesBetweenAStrictAndAnInclusiveComparison(string docstring, int score)
    {
        var original = $"def passes(score, pass_mark):\n    \"\"\"{docstring}\"\"\"\n    return score <= pass_mark\n";

        Assert.Equal(score, DocumentedAgreement.Of(Edit("grades.py", original, "score <= pass_mark", "score < pass_mark", 3)).Score);
    }

    [Fact]
    public void TheBugReportMentionsANameByAnyInflectionOfItsWords()
    {
        const string original = """
            class Parcel {
                long weigh() { return contents + packaging; }
                long charged() { return weigh() > 2000 ? weigh() : 2000; }
                boolean oversize() { return charged() > limit; }
            }
            """;
        const string report = "A parcel weighing 1.5 kg with its packaging is flagged oversize although only parcels charged above the limit should be.";

        var takesOutWeight = DocumentedAgreement.OfReport(Edit("Parcel.java", original, "return charged() > limit", "return weigh() > limit", 4), report);
        var takesOutCharge = DocumentedAgreement.OfReport(Edit("Parcel.java", original, "return weigh() > 2000", "return contents > 2000", 3), report);
        var classes = DocumentedAgreement.OfReport(Edit("Parcel.java", original, "class Parcel", "class Parcels", 1), "two parcels cancelled");

        Assert.Equal(new DocumentedAgreement.Agreement(0, "weigh", "charged"), takesOutWeight);
        Assert.Equal(new DocumentedAgreement.Agreement(-1, null, "weigh"), takesOutCharge);
        Assert.Equal(0, classes.Score);
    }

    [Fact]
    public void AnEditInAFileWithoutCommentsOrInAnUnknownLanguageIsNeutral()
    {
        const string original = "def area(w, h):\n    return w * w\n";

        Assert.Equal(default, DocumentedAgreement.Of(Edit("area.py", original, "w * w", "w * h", 2)));
        Assert.Equal(default, DocumentedAgreement.Of(Edit("notes.txt", "# 5\nvalue 4\n", "4", "5", 2)));
    }

    private static CandidateEdit Edit(string path, string original, string from, string to, int line)
    {
        Assert.Contains(from, original);
        return new CandidateEdit(path, line, "edit", "edit", original, original.Replace(from, to), 1, 1);
    }
}
