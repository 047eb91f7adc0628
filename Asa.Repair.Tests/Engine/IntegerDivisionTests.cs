using Asa.Repair.Engine;
using Asa.Repair.Indexing;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Localization;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// TBar's FP8 (mutate integer division) and FP7 (mutate data type) on Java and C# written for these tests: the division
/// made at the line, the floating type taken from the line or the file, and nothing where no integer division can be.
/// </summary>
public sealed class IntegerDivisionTests
{
    [Fact]
    public void AJavaDivisionOfTwoNamesCastsItsLeftOperandAndALiteralDivisorBecomesAFloatingOne()
    {
        const string code = "class Stats {\n    static double ratio(int hits, int shots) {\n        return hits / shots;\n    }\n\n"
            + "    static double percent(int part) {\n        return part * 100 / 40;\n    }\n}\n";

        var atRatio = Changed(SourceLanguage.Java, code, 3);
        var atPercent = Changed(SourceLanguage.Java, code, 7);

        Assert.Equal(["return (double) hits / shots;"], atRatio);
        Assert.Equal(["return part * 100 / 40.0;"], atPercent);
    }

    [Fact]
    public void ACSharpFileThatCountsMoneyInDecimalDividesInDecimal()
    {
        const string code = "class Fuel\n{\n    decimal PricePerLitre(decimal paid, int litres) => paid / litres;\n\n"
            + "    decimal CostPerKilometre(int cents, int kilometres)\n    {\n        var perKilometre = cents / kilometres;\n        return perKilometre / 100;\n    }\n}\n";

        var atPerKilometre = Changed(SourceLanguage.CSharp, code, 7);
        var atReturn = Changed(SourceLanguage.CSharp, code, 8);

        Assert.Equal(["var perKilometre = (decimal) cents / kilometres;"], atPerKilometre);
        Assert.Equal(["return perKilometre / 100m;"], atReturn);
    }

    [Fact]
    public void AnIntLocalBecomesLongOrTheLinesFloatingTypeAndAnAlreadyCastDivisionIsLeftAlone()
    {
        const string code = "class Counter {\n    long total(int[] values) {\n        int sum = 0;\n        double mean = (double) sum / values.length;\n        return sum;\n    }\n}\n";

        var atSum = Changed(SourceLanguage.Java, code, 3);
        var atMean = Changed(SourceLanguage.Java, code, 4);

        Assert.Equal(["long sum = 0;", "double sum = 0;"], atSum);
        Assert.Empty(atMean);
    }

    [Theory]
    [InlineData(SourceLanguage.Python, "def mean(total, count):\n    return total / count\n")]
    [InlineData(SourceLanguage.JavaScript, "function mean(total, count) {\n  return total / count;\n}\n")]
    public void LanguagesWhoseDivisionKeepsTheFractionGetNoEdit(SourceLanguage language, string code)
    {
        Assert.Empty(Changed(language, code, 2));
    }

    [Fact]
    public void TheGeneratorMakesTheDivisionEditAtTheSuspiciousLine()
    {
        const string code = "class Grades {\n    static double average(int[] marks) {\n        int sum = 0;\n        for (int mark : marks) {\n"
            + "            sum += mark;\n        }\n        return sum / marks.length;\n    }\n}\n";
        using var checkout = new ScratchCheckout().Write("src/Grades.java", code);
        var snapshot = CheckoutSnapshot.Load(checkout.Root, CancellationToken.None);

        var candidates = MutationGenerator.Generate(snapshot, [new SuspiciousLine("src/Grades.java", 7, 1, [], true)], 1000);

        var division = Assert.Single(candidates, c => c.Kind == "division");
        Assert.Equal(7, division.Line);
        Assert.Contains("return (double) sum / marks.length;", division.Changed, StringComparison.Ordinal);
    }

    private static List<string> Changed(SourceLanguage language, string text, int line)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, (1, text.Split('\n').Length));
        return [.. new IntegerDivision().Propose(site).Select(e => site.Replace(e.Start, e.Length, e.Replacement).Split('\n')[line - 1].Trim())];
    }
}
