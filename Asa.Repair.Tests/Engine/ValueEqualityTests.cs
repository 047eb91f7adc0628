using Asa.Repair.Engine;
using Asa.Repair.Indexing;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Localization;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// Identity compared where a value was meant, on Java and Python written for these tests: the comparison made by value
/// at the line, and nothing where the operands are primitives, enums, arrays, null or of a type the file does not give.
/// </summary>
public sealed class ValueEqualityTests
{
    private const string Library = """
        import java.math.BigDecimal;

        class Loan {
            enum Kind { BOOK, DISC }

            private String borrower;
            private Integer shelf;
            private int days;
            private Kind kind;
            private BigDecimal fine;

            String borrower() { return borrower; }

            boolean sameBorrower(Loan other) {
                return borrower == other.borrower();
            }

            boolean sameShelf(Integer other) {
                return shelf != other && days == 14;
            }

            boolean sameKind(Loan other) {
                return kind == other.kind || days == other.days;
            }

            boolean settled(BigDecimal paid) {
                return !fine.equals(paid);
            }

            boolean unset() {
                return borrower == null;
            }
        }

        """;

    [Fact]
    public void JavaObjectsComparedWithEqualsSignsAreComparedWithEquals()
    {
        Assert.Equal(["return borrower.equals(other.borrower());"], Changed(SourceLanguage.Java, Library, 15));
        Assert.Equal(["return !shelf.equals(other) && days == 14;"], Changed(SourceLanguage.Java, Library, 19));
    }

    [Fact]
    public void ABigDecimalIsComparedWithCompareToWhichIgnoresTheScale()
    {
        Assert.Equal(["return fine.compareTo(paid) != 0;"], Changed(SourceLanguage.Java, Library, 27));
    }

    [Fact]
    public void AnEqualsOnAValueOfAnotherFilesTypeIsComparedWithCompareToInAFileThatWorksWithBigDecimal()
    {
        const string code = "import java.math.BigDecimal;\n\nclass Match {\n    static boolean same(Payment a, Payment b) {\n        return a.amount().equals(b.amount());\n    }\n}\n";

        Assert.Equal(["return a.amount().compareTo(b.amount()) == 0;"], Changed(SourceLanguage.Java, code, 5));
        Assert.Empty(Changed(SourceLanguage.Java, code.Replace("import java.math.BigDecimal;", "import java.util.List;", StringComparison.Ordinal), 5));
    }

    [Fact]
    public void TheTypeOfARecordComponentDeclaredInAnotherFileDecides()
    {
        using var checkout = new ScratchCheckout()
            .Write("src/Payment.java", "import java.math.BigDecimal;\n\nrecord Payment(String payer, BigDecimal amount, int day) {\n    static Payment of(String payer, String amount) {\n        return new Payment(payer, new BigDecimal(amount), 1);\n    }\n}\n")
            .Write("src/Match.java", "class Match {\n    static boolean same(Payment a, Payment b) {\n        return a.amount().equals(b.amount()) && a.payer() == b.payer() && a.day() == b.day();\n    }\n}\n");
        var snapshot = CheckoutSnapshot.Load(checkout.Root, CancellationToken.None);

        var candidates = MutationGenerator.Generate(snapshot, [new SuspiciousLine("src/Match.java", 3, 1, [], true)], 1000);

        var changed = candidates.Where(c => c.Kind == "equality").Select(c => c.Changed.Split('\n')[2].Trim()).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Contains("return a.amount().compareTo(b.amount()) == 0 && a.payer() == b.payer() && a.day() == b.day();", changed);
        Assert.Contains("return a.amount().equals(b.amount()) && a.payer().equals(b.payer()) && a.day() == b.day();", changed);
    }

    [Fact]
    public void PrimitivesEnumsAndNullKeepTheirEqualsSign()
    {
        Assert.Empty(Changed(SourceLanguage.Java, Library, 23));
        Assert.Empty(Changed(SourceLanguage.Java, Library, 31));
    }

    [Fact]
    public void AnOperandInsideASumIsNotTakenForTheWholeSide()
    {
        const string code = "class Pair {\n    String left;\n    String right;\n    boolean joined(String whole) {\n        return left + right == whole;\n    }\n}\n";

        Assert.Empty(Changed(SourceLanguage.Java, code, 5));
    }

    [Fact]
    public void APythonIdentityTestAgainstAStringOrNumberBecomesAnEqualityTest()
    {
        const string code = "def state(order):\n    if order.status is 'shipped':\n        return 1\n    if order.count is not 1000:\n        return 2\n    if order.owner is None:\n        return 3\n";

        Assert.Equal(["if order.status == 'shipped':"], Changed(SourceLanguage.Python, code, 2));
        Assert.Equal(["if order.count != 1000:"], Changed(SourceLanguage.Python, code, 4));
        Assert.Empty(Changed(SourceLanguage.Python, code, 6));
    }

    [Fact]
    public void TheGeneratorMakesTheEqualityEditAtTheSuspiciousLine()
    {
        using var checkout = new ScratchCheckout().Write("src/Loan.java", Library);
        var snapshot = CheckoutSnapshot.Load(checkout.Root, CancellationToken.None);

        var candidates = MutationGenerator.Generate(snapshot, [new SuspiciousLine("src/Loan.java", 15, 1, [], true)], 1000);

        var equality = Assert.Single(candidates, c => c.Kind == "equality");
        Assert.Contains("return borrower.equals(other.borrower());", equality.Changed, StringComparison.Ordinal);
    }

    private static List<string> Changed(SourceLanguage language, string text, int line)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, (1, text.Split('\n').Length));
        return [.. new ValueEquality().Propose(site).Select(e => site.Replace(e.Start, e.Length, e.Replacement).Split('\n')[line - 1].Trim())];
    }
}
