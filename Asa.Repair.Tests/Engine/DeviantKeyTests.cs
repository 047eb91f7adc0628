using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class DeviantKeyTests
{
    private const string Library = """
        class Library:
            def __init__(self):
                self.loans = {}

            def lend(self, isbn, member):
                self.loans[isbn] = member

            def holder(self, isbn, member):
                return self.loans.get(isbn)

            def give_back(self, isbn):
                del self.loans[isbn]

        """;

    [Fact]
    public void LookingUpByAnotherNameACollectionTheFileAlwaysLooksUpByOneNameIsNoFix()
    {
        var deviant = ReplacementEdit.Of("library.py", Library, "self.loans[isbn] = member", "self.loans[member] = member");

        var loss = BehaviourLoss.Of(deviant);

        Assert.Equal("looks 'self.loans' up by 'member' where the rest of the file always looks it up by 'isbn'", loss);
        Assert.True(BehaviourLoss.MakesNoFix(loss));
    }

    [Fact]
    public void AJavaMapReadThroughItsMethodsHoldsTheSameBelief()
    {
        const string original = """
            class Stock {
                private final Map<String, Integer> levels = new HashMap<>();
                void add(String code, int count) { levels.put(code, levels.getOrDefault(code, 0) + count); }
                boolean known(String code) { return levels.containsKey(code); }
                int level(String code, int fallback) { return levels.getOrDefault(code, fallback); }
            }

            """;

        var deviant = ReplacementEdit.Of("Stock.java", original, "levels.getOrDefault(code, fallback)", "levels.getOrDefault(fallback, fallback)");
        var value = ReplacementEdit.Of("Stock.java", original, "levels.getOrDefault(code, fallback)", "levels.getOrDefault(code, 0)");

        Assert.Contains("looks 'levels' up by 'fallback'", BehaviourLoss.Of(deviant));
        Assert.Null(BehaviourLoss.Of(value));
    }

    [Fact]
    public void NoBeliefIsBrokenWhereTheFileAlreadyLooksTheCollectionUpByTheNewName()
    {
        var mixed = Library.Replace("        self.loans[isbn] = member\n", "        self.loans[isbn] = member\n        self.loans[member] = isbn\n", StringComparison.Ordinal);

        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("library.py", mixed, "return self.loans.get(isbn)", "return self.loans.get(member)")));
    }

    [Fact]
    public void ALoopCounterOrACollectionLookedUpTwiceHoldsNoBelief()
    {
        const string counters = "def total(xs, ys):\n    s = xs[i] + xs[i]\n    return s + xs[i] * ys[j]\n";
        const string twice = "def pick(table, key, other):\n    table[key] = 1\n    return table[key]\n";

        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("sums.py", counters, "return s + xs[i]", "return s + xs[j]")));
        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("pick.py", twice, "return table[key]", "return table[other]")));
    }
}
