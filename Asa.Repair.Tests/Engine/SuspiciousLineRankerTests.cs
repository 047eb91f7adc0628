using Asa.Repair.Tests.Localization;
using Asa.Repair.Engine;
using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Engine;

public sealed class SuspiciousLineRankerTests
{
    private const string Code = "def tax(amount):\n    rate = 0.2\n    if amount > 100:\n        rate = 0.3\n    return round(amount * rate, 2)\n";
    private const string Test = "from tax import tax\n\n\ndef test_tax():\n    assert tax(10) == 2.0\n";
    private const string Failure = "    def test_tax():\n>       assert tax(10) == 2.0\nE       assert 3.0 == 2.0\n\ntests/test_tax.py:5: AssertionError\nFAILED tests/test_tax.py::test_tax";

    [Fact]
    public void TestFilesAreNeverSuspectsEvenWhenTheFailurePointsOnlyAtThem()
    {
        using var checkout = new ScratchCheckout().Write("tax.py", Code).Write("tests/test_tax.py", Test);

        var lines = Rank(checkout, LineCoverage.None);

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("tax.py", line.Path));
    }

    [Fact]
    public void ExecutedLinesOutrankTheOthersAndASignatureFallsBehindItsBody()
    {
        using var checkout = new ScratchCheckout().Write("tax.py", Code).Write("tests/test_tax.py", Test);
        var executed = LineCoverage.Parse("tax.py:1,2,3,5\n", "", _ => true);

        var lines = Rank(checkout, executed);

        Assert.DoesNotContain(4, lines.Take(3).Select(l => l.Line));
        Assert.True(lines.First(l => l.Line == 1).Score < lines.First(l => l.Line == 5).Score);
    }

    [Fact]
    public void AFailureInsideAMethodLiftsThatMethodsLinesButNotTheRestOfItsClass()
    {
        const string ledger = "class Ledger:\n    def __init__(self):\n        self.entries = []\n\n    def add(self, amount):\n"
            + "        self.entries.append(amount)\n\n    def total(self):\n        result = sum(self.entries)\n        return result * 2\n";
        const string test = "from ledger import Ledger\n\n\ndef test_total():\n    book = Ledger()\n    book.add(5)\n    assert book.total() == 5\n";
        const string failure = "tests/test_ledger.py:7: in test_total\n    assert book.total() == 5\nledger.py:10: in total\n"
            + "    return result * 2\nE   AssertionError\nFAILED tests/test_ledger.py::test_total";
        using var checkout = new ScratchCheckout().Write("ledger.py", ledger).Write("tests/test_ledger.py", test);

        var lines = new SuspiciousLineRanker(new FaultLocalizer()).Rank(CheckoutSnapshot.Load(checkout.Root, CancellationToken.None),
            new LocalizationQuery("the ledger's total is doubled", failure, test), LineCoverage.None, 40, CancellationToken.None);

        Assert.Contains("in a function the failure names", lines.Single(l => l.Line == 9).Reasons);
        Assert.DoesNotContain("in a function the failure names", lines.Single(l => l.Line == 3).Reasons);
        Assert.True(lines.Single(l => l.Line == 9).Score > lines.Single(l => l.Line == 3).Score);
    }

    private static IReadOnlyList<SuspiciousLine> Rank(ScratchCheckout checkout, LineCoverage coverage) =>
        new SuspiciousLineRanker(new FaultLocalizer()).Rank(CheckoutSnapshot.Load(checkout.Root, CancellationToken.None),
            new LocalizationQuery("tax(10) is 3.0 instead of 2.0", Failure, Test), coverage, 40, CancellationToken.None);
}
