using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class BehaviourLossTests
{
    [Theory]
    [InlineData("    total += price\n", "")]
    [InlineData("    total += price\n", "    pass\n")]
    public void DeletingAStatementOrLeavingOnlyPassTakesBehaviourAway(string from, string to)
    {
        const string original = "def add(total, price):\n    total += price\n    return total\n";

        Assert.Equal("deletes a statement", BehaviourLoss.Of(Edit("cart.py", original, from, to, 2)));
    }

    [Fact]
    public void ARecursiveCallThatPassesItsOwnParameterOnNoLongerProgresses()
    {
        const string original = """
            def reachable(node, goal, visited):
                if node == goal:
                    return True
                return any(reachable(child, goal, visited) for child in node.children)

            """;

        var stuck = Edit("paths.py", original, "reachable(child, goal, visited)", "reachable(node, goal, visited)", 4);
        var other = Edit("paths.py", original, "reachable(child, goal, visited)", "reachable(child, goal, set())", 4);

        Assert.Contains("recursion no longer progresses", BehaviourLoss.Of(stuck));
        Assert.Null(BehaviourLoss.Of(other));
    }

    [Fact]
    public void AMethodsRecursionOnItsReceiverCountsArgumentsAfterSelfAndJavaParametersAfterTheirTypes()
    {
        const string python = "class Tree:\n    def depth(self, node, level):\n        return self.depth(node.left, level + 1)\n";
        const string java = "class Tree {\n  int depth(Node node, int level) {\n    return depth(node.left, level + 1);\n  }\n}\n";

        Assert.NotNull(BehaviourLoss.Of(Edit("tree.py", python, "self.depth(node.left, level + 1)", "self.depth(node, level + 1)", 3)));
        Assert.Null(BehaviourLoss.Of(Edit("tree.py", python, "level + 1", "level - 1", 3)));
        Assert.NotNull(BehaviourLoss.Of(Edit("Tree.java", java, "depth(node.left, level + 1)", "depth(node.left, level)", 3)));
    }

    [Fact]
    public void AJavaScriptCallMadeToAFunctionThatTakesFewerArgumentsDropsOne()
    {
        const string original = """
            function unitsPer(code) {
              return RATES[code];
            }

            const ratio = (from, to) => unitsPer(to) / unitsPer(from);

            function convert(amount, from, to) {
              return amount * ratio(from, to);
            }

            """;

        var dropped = Edit("money.js", original, "amount * ratio(from, to)", "amount * unitsPer(from, to)", 8);
        var swapped = Edit("money.js", original, "amount * ratio(from, to)", "amount * ratio(to, from)", 8);
        var divided = Edit("money.js", original, "amount * ratio(from, to)", "amount / ratio(from, to)", 8);

        Assert.Equal("makes a call pass 'unitsPer' more arguments than it takes, so one is ignored", BehaviourLoss.Of(dropped));
        Assert.Null(BehaviourLoss.Of(swapped));
        Assert.Null(BehaviourLoss.Of(divided));
    }

    [Theory]
    [InlineData("function unitsPer(...codes) {\n  return codes.length;\n}\n")]
    [InlineData("function unitsPer(code) {\n  return arguments.length;\n}\n")]
    [InlineData("function unitsPer(code) {\n  return 1;\n}\nfunction unitsPer(code, other) {\n  return 2;\n}\n")]
    public void AFunctionThatTakesAnyNumberOrIsDefinedTwiceDropsNothing(string definition)
    {
        var original = definition + "function convert(a, b) {\n  return ratio(a, b);\n}\n";

        Assert.Null(BehaviourLoss.Of(Edit("money.js", original, "ratio(a, b)", "unitsPer(a, b)", 5)));
    }

    [Fact]
    public void AMethodCallOrAPythonCallIsNotJudgedByTheFilesFunctions()
    {
        const string javascript = "function push(item) {\n  return item;\n}\nfunction add(list, a, b) {\n  return list.pop(a, b);\n}\n";
        const string python = "def scale(x):\n    return x * 2\n\n\ndef both(a, b):\n    return other(a, b)\n";

        Assert.Null(BehaviourLoss.Of(Edit("list.js", javascript, "list.pop(a, b)", "list.push(a, b)", 5)));
        Assert.Null(BehaviourLoss.Of(Edit("calc.py", python, "other(a, b)", "scale(a, b)", 6)));
    }

    [Fact]
    public void AnIfThatNowReturnsWhatFollowsItDecidesNothing()
    {
        const string python = "LIMIT = 5\n\n\ndef cap(n):\n    if n < LIMIT:\n        return LIMIT\n    return n\n";
        const string java = "class Cap {\n  static int cap(int n) {\n    if (n < 5) {\n      return 5;\n    }\n    return n;\n  }\n}\n";
        const string javascript = "function cap(n) {\n  if (n < 5) return 5;\n  return n;\n}\n";

        Assert.Equal("makes an if return what the code after it returns, so its condition decides nothing",
            BehaviourLoss.Of(Edit("cap.py", python, "    return n\n", "    return LIMIT\n", 7)));
        Assert.Null(BehaviourLoss.Of(Edit("cap.py", python, "if n < LIMIT", "if n > LIMIT", 5)));
        Assert.NotNull(BehaviourLoss.Of(Edit("Cap.java", java, "    return n;", "    return 5;", 6)));
        Assert.Null(BehaviourLoss.Of(Edit("Cap.java", java, "n < 5", "n > 5", 3)));
        Assert.NotNull(BehaviourLoss.Of(Edit("cap.js", javascript, "if (n < 5) return 5;", "if (n < 5) return n;", 2)));
    }

    [Fact]
    public void ChangingAnOperatorTakesNothingAway()
    {
        const string original = "function isAdult(age) {\n  return age > 18;\n}\n";

        Assert.Null(BehaviourLoss.Of(Edit("age.js", original, ">", ">=", 2)));
    }

    [Fact]
    public void AnEditThatMakesAComparisonCompareSomethingWithItselfTakesTheTestAway()
    {
        const string java = "class Match {\n  boolean same(Entry entry, Line line) {\n    return entry.amount().equals(line.amount());\n  }\n}\n";
        const string python = "def later(a, b):\n    return a.day > b.day\n";
        const string nan = "function isMissing(x, y) {\n  return x !== x || y > 0;\n}\n";

        Assert.Equal("compares 'line.amount()' with itself, so the test always gives the same answer",
            BehaviourLoss.Of(Edit("Match.java", java, "entry.amount().equals", "line.amount().equals", 3)));
        Assert.Contains("'a.day' with itself", BehaviourLoss.Of(Edit("dates.py", python, "b.day", "a.day", 2)));
        Assert.Null(BehaviourLoss.Of(Edit("dates.py", python, "a.day > b.day", "a.day >= b.day", 2)));
        Assert.Null(BehaviourLoss.Of(Edit("nan.js", nan, "y > 0", "y >= 0", 2)));
    }

    private static CandidateEdit Edit(string path, string original, string from, string to, int line)
    {
        Assert.Contains(from, original);
        return new CandidateEdit(path, line, "edit", "edit", original, original.Replace(from, to), 1, 1);
    }

    [Fact]
    public void AnEditThatRepeatsAnElementOfAListOrBreaksAPairingOfAttributesBreaksCodeWrittenInParallel()
    {
        const string python = "def ranking(players):\n    return sorted(players, key=lambda p: (-p.wins, p.draws, p.name))\n";
        const string javascript = "function byAge(a, b) {\n  if (a.year !== b.year) {\n    return a.year - b.year;\n  }\n  return a.day - b.day;\n}\n";

        var repeated = Edit("rank.py", python, "p.draws, p.name", "p.name, p.name", 2);
        var negated = Edit("rank.py", python, "p.draws, p.name", "-p.draws, p.name", 2);
        var unpaired = Edit("age.js", javascript, "return a.day - b.day;", "return a.year - b.day;", 5);
        var swapped = Edit("age.js", javascript, "return a.day - b.day;", "return b.day - a.day;", 5);

        Assert.Equal("makes 'p.name' appear twice in one list, so the element it replaced no longer counts", BehaviourLoss.Of(repeated));
        Assert.Null(BehaviourLoss.Of(negated));
        Assert.Equal("pairs 'a.year - b.day', where both sides read the same attribute before", BehaviourLoss.Of(unpaired));
        Assert.Null(BehaviourLoss.Of(swapped));
    }

    [Fact]
    public void AStatementWrittenTwiceInARowIsARepeatButTwoClosingBracesOrARepeatAlreadyThereAreNot()
    {
        const string original = "function link(groups, a, b) {\n  if (a !== b) {\n    groups.join(a, b);\n  }\n}\n";
        const string alreadyTwice = "def advance(cursor):\n    cursor.next()\n    cursor.next()\n    return cursor\n";

        var doubled = Edit("groups.js", original, "    groups.join(a, b);\n", "    groups.join(a, b);\n    groups.join(a, b);\n", 3);
        var braces = Edit("groups.js", original, "  }\n}\n", "  }\n}\n}\n", 4);
        var elsewhere = Edit("cursor.py", alreadyTwice, "return cursor", "return cursor.value", 4);

        Assert.Equal("repeats the statement next to it, so whatever it does is done twice", BehaviourLoss.Of(doubled));
        Assert.Null(BehaviourLoss.Of(braces));
        Assert.Null(BehaviourLoss.Of(elsewhere));
    }
}
