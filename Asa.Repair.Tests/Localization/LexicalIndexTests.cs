using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Localization;

public sealed class LexicalIndexTests
{
    [Fact]
    public void SplitsIdentifiersAtCaseUnderscoresAndDigitsAndDropsKeywords()
    {
        var tokens = IdentifierTokens.Of("def parseHTTPDate2(self): return parse_iso_date");

        Assert.Equal(["parse", "http", "date", "parse", "iso", "date"], tokens);
    }

    [Fact]
    public void RanksTheFileSharingTheRarestTermsFirst()
    {
        var index = LexicalIndex.Build(
        [
            new SourceFile("src/invoice.py", "def total_invoice(lines): return sum(line.amount for line in lines)"),
            new SourceFile("src/currency.py", "def convert_currency(amount, rate): return amount * rate"),
            new SourceFile("src/misc.py", "def amount(): return 1"),
        ]);

        var matches = index.Search("convertCurrency gives the wrong amount", top: 2);

        Assert.Equal(["src/currency.py", "src/misc.py"], matches.Select(m => m.Path));
    }
}
