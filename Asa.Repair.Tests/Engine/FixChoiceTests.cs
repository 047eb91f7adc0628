using Asa.Repair.Engine;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Localization;

namespace Asa.Repair.Tests.Engine;

public sealed class FixChoiceTests : IDisposable
{
    private readonly ScratchCheckout scratch = new();

    [Fact]
    public void OfTwoOneTokenEditsThePassingOneThatAgreesWithTheRestOfTheCodeIsKeptAndTheReasonSaysSo()
    {
        // Every other loop in this module walks up to the length with '<'; the edit that does the same is the natural one.
        const string original = """
            def total(prices):
                result = 0
                for i in range(0, len(prices)):
                    result += prices[i]
                return result


            def count_positive(values):
                n = 0
                i = 0
                while i < len(values):
                    if values[i] > 0:
                        n += 1
                    i += 1
                return n


            def last_index(values):
                i = 0
                while i <= len(values):
                    i += 1
                return i - 1


            def count_even(values):
                n = 0
                i = 0
                while i < len(values):
                    if values[i] % 2 == 0:
                        n += 1
                    i += 1
                return n

            """;
        var checkout = Checkout(("stats.py", original));
        var natural = Edit("stats.py", original, "while i <= len(values):", "while i < len(values):", 20, "'<=' to '<'", priority: 0.5);
        var odd = Edit("stats.py", original, "while i <= len(values):", "while i <= len(prices):", 20, "'values' to 'prices'", priority: 0.9);

        var choice = FixChoice.Among([odd, natural], checkout);

        Assert.Same(natural, choice.Winner);
        Assert.Equal([natural, odd], choice.Ranked.Select(p => p.Edit));
        Assert.Contains("2 edits passed the tests; this one was kept over 'values' to 'prices' at line 20", choice.Reason());
        Assert.Contains("agree better with the rest of the repository", choice.Reason());
    }

    [Fact]
    public void AnEditThatDeletesAStatementRanksLastEvenWhenItIsSmallerAndLikelier()
    {
        const string original = "def visit(node, seen):\n    seen.add(node)\n    log(node)\n    return walk(node, seen)\n";
        var checkout = Checkout(("graph.py", original));
        var deletion = Edit("graph.py", original, "    log(node)\n", "", 3, "delete the statement", priority: 1.0);
        var change = Edit("graph.py", original, "return walk(node, seen)", "return walk(node.next, seen)", 4, "'node' to 'node.next'", priority: 0.2);

        var choice = FixChoice.Among([deletion, change], checkout);

        Assert.Same(change, choice.Winner);
        Assert.Contains("that edit deletes a statement", choice.Reason());
    }

    [Fact]
    public void AnEditNoFixWouldMakeIsRefusedEvenAloneWhileADeletionStaysAFixAndOutranksIt()
    {
        const string original = "def tags(item):\n    result = []\n    result.append(item.kind)\n    result.append(item.colour)\n    return result\n";
        var checkout = Checkout(("tags.py", original));
        var repeat = Edit("tags.py", original, "    result.append(item.kind)\n", "    result.append(item.kind)\n    result.append(item.kind)\n", 3,
            "duplicate the statement", priority: 0.9);
        var deletion = Edit("tags.py", original, "    result.append(item.colour)\n", "", 4, "delete the statement", priority: 0.2);

        var alone = FixChoice.Among([repeat], checkout);
        var both = FixChoice.Among([repeat, deletion], checkout);

        Assert.Null(alone.Winner);
        Assert.Equal([repeat], alone.Refused.Select(p => p.Edit));
        Assert.Same(deletion, both.Winner);
        Assert.Contains("that edit repeats the statement next to it", both.Reason());
        Assert.False(BehaviourLoss.MakesNoFix(BehaviourLoss.Of(deletion)));
    }

    [Fact]
    public void OfEditsThatTakeNothingAwayTheOneChangingFewerTokensWins()
    {
        const string original = "function price(qty, unit) {\n  return qty * unit - 1;\n}\n";
        var checkout = Checkout(("price.js", original));
        var oneToken = Edit("price.js", original, "qty * unit - 1", "qty * unit + 1", 2, "'-' to '+'", priority: 0.3);
        var threeTokens = Edit("price.js", original, "qty * unit - 1", "qty * (unit - 1)", 2, "group", priority: 1.0);

        var choice = FixChoice.Among([threeTokens, oneToken], checkout);

        Assert.Same(oneToken, choice.Winner);
        Assert.Contains("it changes 5 tokens against 1", choice.Reason());
    }

    [Fact]
    public void AnEditAtOnePlaceWinsOverAPairOfSmallerEditsAtTwo()
    {
        const string original = "int find(List<String> names, String name) {\n    for (int i = 0; i < names.size(); i++) {\n        if (names.get(i) == name) {\n"
                                + "            return i;\n        }\n    }\n    return -1;\n}\n";
        var checkout = Checkout(("Find.java", original));
        var byValue = Edit("Find.java", original, "names.get(i) == name", "names.get(i).equals(name)", 3, "'==' to equals", priority: 0.2);
        var pairChanged = original.Replace("int i = 0;", "int i = 1;").Replace("names.get(i) == name", "names.get(i) != name");
        var pair = new CandidateEdit("Find.java", 2, "pair", "0 to 1 at line 2, and '==' to '!=' at line 3", original, pairChanged, 1, 0.9, PairedLine: 3);

        var choice = FixChoice.Among([pair, byValue], checkout);

        Assert.Same(byValue, choice.Winner);
        Assert.Contains("that edit changes 2 places, this one 1", choice.Reason());
    }

    [Fact]
    public void OfEqualEditsTheOneBringingInANameTheBugReportMentionsWinsAndIsNotCountsAsOneOperator()
    {
        const string original = "def open_orders(orders, customer):\n    \"\"\"Orders of the customer, whether paid or still open.\"\"\"\n"
                                + "    return [o for o in orders if o.customer == customer]\n";
        var checkout = Checkout(("orders.py", original));
        var paid = Edit("orders.py", original, "o.customer == customer]", "o.customer == customer and o.state is State.PAID]", 3, "add 'and o.state is State.PAID'", priority: 0.4);
        var refunded = Edit("orders.py", original, "o.customer == customer]", "o.customer == customer and o.state is not State.REFUNDED]", 3,
            "add 'and o.state is not State.REFUNDED'", priority: 0.4);

        var choice = FixChoice.Among([paid, refunded], checkout, "A refunded order still shows among the customer's open orders.");

        Assert.Same(refunded, choice.Winner);
        Assert.Contains("this edit brings in 'REFUNDED', which the bug report mentions", choice.Reason());
        Assert.Equal(FixChoice.TokensChanged(Asa.Repair.Indexing.SourceLanguage.Python, paid), FixChoice.TokensChanged(Asa.Repair.Indexing.SourceLanguage.Python, refunded));
    }

    [Fact]
    public void WithNothingElseToTellThemApartTheLikelierWinsAndOneEditNeedsNoReason()
    {
        const string original = "def f(a):\n    return a\n";
        var checkout = Checkout(("f.py", original));
        var likelier = Edit("f.py", original, "return a", "return -a", 2, "negate", priority: 0.9);

        Assert.Equal("", FixChoice.Among([likelier], checkout).Reason());
        Assert.Null(FixChoice.Among([], checkout).Winner);
    }

    [Fact]
    public void OfTwoOneTokenEditsTheOneThatReadsAValueTheCodeSetsAndNeverReadsIsKept()
    {
        // 'depth' is computed and never read: the comparison that should have used it is the likelier fix.
        const string original = """
            function fits(box, item) {
              const width = box.width;
              const depth = box.depth;
              return item.width < width && item.depth < width;
            }

            """;
        var checkout = Checkout(("box.js", original));
        var bound = Edit("box.js", original, "item.depth < width", "item.depth <= width", 4, "'<' to '<='", priority: 0.9);
        var unread = Edit("box.js", original, "item.depth < width", "item.depth < depth", 4, "variable 'width' to 'depth'", priority: 0.5);

        var choice = FixChoice.Among([bound, unread], checkout);

        Assert.Same(unread, choice.Winner);
        Assert.Equal("depth", choice.Ranked[0].PutsToUse);
        Assert.Null(choice.Ranked[1].PutsToUse);
        Assert.Contains("this edit reads 'depth', which the code sets and never reads", choice.Reason());
    }

    [Fact]
    public void AnEditThatLeavesAComputedValueUnreadTakesBehaviourAwayAndRanksLast()
    {
        // 'adults' is computed for the comparison; reading 'total' there instead leaves it unused.
        const string original = """
            def discount(prices, ages):
                total = sum(prices)
                adults = len([a for a in ages if a >= 18])
                if adults > 4:
                    total = total * 0.9
                return total

            """;
        var checkout = Checkout(("tickets.py", original));
        var unused = Edit("tickets.py", original, "if adults > 4:", "if total > 4:", 4, "variable 'adults' to 'total'", priority: 0.9);
        var bound = Edit("tickets.py", original, "if adults > 4:", "if adults >= 4:", 4, "'>' to '>='", priority: 0.5);

        var choice = FixChoice.Among([unused, bound], checkout);

        Assert.Same(bound, choice.Winner);
        Assert.Equal("leaves 'adults' set and never read, so what it computes is lost", choice.Ranked[1].Loss);
        Assert.Null(BehaviourLoss.Of(bound));
    }

    public void Dispose() => scratch.Dispose();

    private CheckoutSnapshot Checkout(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            scratch.Write(path, text);
        }
        return CheckoutSnapshot.Load(scratch.Root, CancellationToken.None);
    }

    [Theory]
    [InlineData("return ratio(to, from);", 2)]
    [InlineData("return ratio(from, from);", 1)]
    [InlineData("return ratio(to);", 2)]
    [InlineData("return ratio(from, to) + 1;", 2)]
    public void TokensChangedCountsTwoSwappedArgumentsAsTwoAndAnInsertionByItsLength(string changed, int tokens)
    {
        const string original = "function convert(from, to) {\n  return ratio(from, to);\n}\n";

        Assert.Equal(tokens, FixChoice.TokensChanged(Asa.Repair.Indexing.SourceLanguage.JavaScript,
            Edit("money.js", original, "return ratio(from, to);", changed, 2, "edit", priority: 1.0)));
    }

    [Fact]
    public void OfTwoOneTokenEditsTheOneThatKeepsWhatTheDocCommentSaysIsKept()
    {
        // The doc comment gives the frame size; the search found the bound one off the other way first.
        const string original = """
            using System;

            public static class Frames
            {
                /// <summary>Splits the samples into frames of 16 samples; the last frame may be shorter.</summary>
                public static int FrameCount(int samples)
                {
                    var frames = samples / 15;
                    return samples % 15 == 0 ? frames : frames + 1;
                }
            }
            """;
        var checkout = Checkout(("Frames.cs", original));
        var documented = new CandidateEdit("Frames.cs", 8, "edit", "15 to 16", original, original.Replace("15", "16"), 1, 0.4);
        var other = new CandidateEdit("Frames.cs", 8, "edit", "15 to 14", original, original.Replace("15", "14"), 1, 0.9);

        var choice = FixChoice.Among([other, documented], checkout);

        Assert.Same(documented, choice.Winner);
        Assert.Contains("this edit brings in '16', which the comments documenting its line mention", choice.Reason());
    }

    private static CandidateEdit Edit(string path, string original, string from, string to, int line, string description, double priority)
    {
        Assert.Contains(from, original);
        return new CandidateEdit(path, line, "edit", description, original, original.Replace(from, to), 1, priority);
    }
}
