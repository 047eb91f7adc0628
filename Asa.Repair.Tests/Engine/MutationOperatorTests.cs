using Asa.Repair.Indexing;
using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class MutationOperatorTests
{
    private static List<string> Lines(IMutationOperator op, SourceLanguage language, string text, int line)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, null);
        return [.. op.Propose(site).Select(edit => site.Replace(edit.Start, edit.Length, edit.Replacement).Split('\n')[line - 1].Trim())];
    }

    [Fact]
    public void ComparisonsSwapToTheirNeighboursAndAForLoopsInIsLeftAlone()
    {
        Assert.Equal(["if a <= b:", "if a > b:"], Lines(new OperatorSwap(), SourceLanguage.Python, "if a < b:\n    pass\n", 1));
        Assert.Empty(Lines(new OperatorSwap(), SourceLanguage.Python, "for i in items:\n    pass\n", 1));
        Assert.Equal(["if x not in seen:"], Lines(new OperatorSwap(), SourceLanguage.Python, "if x in seen:\n    pass\n", 1));
    }

    [Fact]
    public void TurningALoopConditionAroundIsTriedLate()
    {
        const string text = "for (var i = 0; i < 10; i++)\n{\n}\n";
        var site = new MutationSite(SourceLanguage.CSharp, "file", text, CodeTokenizer.Tokenize(SourceLanguage.CSharp, text), 1, null);
        var priors = new OperatorSwap().Propose(site).ToDictionary(e => e.Description, e => e.Prior);

        Assert.Equal(1.0, priors["'<' to '<='"]);
        Assert.True(priors["'<' to '>'"] < 0.2);
        Assert.Equal(1.0, priors["'++' to '--'"]);
    }

    [Fact]
    public void AVariableInPlaceOfAYesOrNoAnswerIsTriedLate()
    {
        const string text = "def valid(number):\n    digits = digits_of(number)\n    return total(digits) % 10 == 0\n";
        var tokens = CodeTokenizer.Tokenize(SourceLanguage.Python, text);
        var site = new MutationSite(SourceLanguage.Python, "file", text, tokens, 3, (1, 3));
        var edits = new ReturnReplacement().Propose(site).ToList();

        Assert.Contains(edits, e => e.Replacement == "digits" && e.Prior < 0.2);
        var plain = new MutationSite(SourceLanguage.Python, "file", text.Replace("% 10 == 0", "% 10"), CodeTokenizer.Tokenize(SourceLanguage.Python, text.Replace("% 10 == 0", "% 10")), 3, (1, 3));
        Assert.Contains(new ReturnReplacement().Propose(plain), e => e.Replacement == "digits" && e.Prior == 0.6);
    }

    [Fact]
    public void AVariableSetAndNeverReadIsTheLikeliestReplacement()
    {
        const string text = "long net(long gross, long tax) {\n    long taxable = gross - tax;\n    long netCents = taxable - tax;\n    return taxable;\n}\n";
        var site = new MutationSite(SourceLanguage.Java, "file", text, CodeTokenizer.Tokenize(SourceLanguage.Java, text), 4, (1, 5));
        var edits = new IdentifierReplacement().Propose(site).ToList();

        var unread = Assert.Single(edits, e => e.Replacement == "netCents");
        Assert.True(unread.Prior > 1);
        Assert.All(edits.Where(e => e.Replacement != "netCents"), e => Assert.True(e.Prior < unread.Prior));
    }

    [Fact]
    public void AFieldDeclaredAndNeverReadAnywhereInTheFileIsTheLikeliestReplacement()
    {
        const string text = "class Fees {\n    static final int LATE_FEE = 500;\n    static final int GRACE_DAYS = 3;\n    static final int FLAT_FEE = 200;\n" +
            "    int fee(int days) {\n        if (days > GRACE_DAYS) {\n            return days * LATE_FEE;\n        }\n        return LATE_FEE;\n    }\n}\n";
        var site = new MutationSite(SourceLanguage.Java, "file", text, CodeTokenizer.Tokenize(SourceLanguage.Java, text), 9, (5, 10));
        var edits = new IdentifierReplacement().Propose(site).ToList();

        var unread = Assert.Single(edits, e => e.Replacement == "FLAT_FEE");
        Assert.True(unread.Prior > 1);
        Assert.All(edits.Where(e => e.Replacement != "FLAT_FEE"), e => Assert.True(e.Prior < unread.Prior));
        // A keyword argument is no declaration left unread.
        const string python = "def total(items):\n    return sum(items, start=0)\n";
        var call = new MutationSite(SourceLanguage.Python, "file", python, CodeTokenizer.Tokenize(SourceLanguage.Python, python), 2, (1, 2));
        Assert.DoesNotContain(new IdentifierReplacement().Propose(call), e => e.Replacement == "start" && e.Prior > 1);
    }

    [Fact]
    public void AGenericsAngleBracketsAreNotComparisons() =>
        Assert.Equal(["List<Integer> xs = f(a - b);"], Lines(new OperatorSwap(), SourceLanguage.Java, "List<Integer> xs = f(a + b);", 1));

    [Fact]
    public void BoundsShiftByOneAndAnExistingShiftCanBeDropped()
    {
        var shifted = Lines(new BoundShift(), SourceLanguage.Python, "for i in range(n):\n    pass\n", 1);
        Assert.Contains("for i in range(n + 1):", shifted);
        Assert.Contains("for i in range(n - 1):", shifted);
        Assert.Contains("return items.slice(0, end);", Lines(new BoundShift(), SourceLanguage.JavaScript, "return items.slice(0, end - 1);", 1));
    }

    [Fact]
    public void ConditionsAreNegatedWholeOrInPart()
    {
        var negated = Lines(new ConditionMutation(), SourceLanguage.Python, "if booking.cancelled and booking.overlaps(a, b):\n    pass\n", 1);

        Assert.Contains("if not (booking.cancelled and booking.overlaps(a, b)):", negated);
        Assert.Contains("if not booking.cancelled and booking.overlaps(a, b):", negated);
        Assert.Contains("if booking.overlaps(a, b):", negated);
        Assert.Contains("if (!line.taxExempt) {", Lines(new ConditionMutation(), SourceLanguage.JavaScript, "if (line.taxExempt) {\n}\n", 1));
    }

    [Fact]
    public void VariablesAreReplacedByAlikeNamesFirstAndCounterpartsBeforeAnyOtherCall()
    {
        const string text = "def f(a_rows, a_cols, b_cols, total):\n    for j in range(a_cols):\n        pass\n    return max(total, 0)\n";

        var replaced = Lines(new IdentifierReplacement(), SourceLanguage.Python, text, 2);
        Assert.Equal("for j in range(b_cols):", replaced.First(l => l.Contains("range(", StringComparison.Ordinal) && !l.Contains("a_cols", StringComparison.Ordinal)));
        Assert.Equal("return min(total, 0)", Lines(new IdentifierReplacement(), SourceLanguage.Python, text, 4).First());
    }

    [Fact]
    public void ArgumentsAndOperandsSwapButNamedArgumentsDoNot()
    {
        Assert.Contains("x = convert(rate, amount)", Lines(new OperandSwap(), SourceLanguage.Python, "x = convert(amount, rate)\n", 1));
        Assert.Contains("x = b - a", Lines(new OperandSwap(), SourceLanguage.Python, "x = a - b\n", 1));
        Assert.Empty(Lines(new OperandSwap(), SourceLanguage.Python, "x = convert(amount=a, rate=r)\n", 1));
    }

    [Fact]
    public void StatementsAreDeletedDuplicatedMovedAndCopiedFromNearby()
    {
        const string text = "def f(xs):\n    total = 0\n    total += xs[0]\n    count = 1\n    return total\n";

        var edits = Lines(new StatementMutation(), SourceLanguage.Python, text, 3);

        Assert.Contains("count = 1", edits);
        Assert.Contains("pass", edits);
        Assert.Contains("total += xs[0]", edits);
    }

    [Fact]
    public void APythonStatementAnIfGuardsIsNotCopiedAboveItsGuard()
    {
        const string text = "def keys(phones):\n    for phone in phones:\n        phone = phone.strip()\n        if phone:\n            yield \"phone:\" + phone\n" +
                            "        count = len(phone)\n";
        var tokens = CodeTokenizer.Tokenize(SourceLanguage.Python, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        List<string> Inserted(int line) =>
            [.. new StatementMutation().Propose(new MutationSite(SourceLanguage.Python, "file", text, tokens, line, (1, 6)))
                .Where(e => e.Description.StartsWith("insert", StringComparison.Ordinal)).Select(e => e.Description)];

        Assert.DoesNotContain(Inserted(3), d => d.Contains("yield", StringComparison.Ordinal));
        Assert.DoesNotContain(Inserted(4), d => d.Contains("yield", StringComparison.Ordinal));
        Assert.Contains(Inserted(3), d => d.Contains("count = len(phone)", StringComparison.Ordinal));
        Assert.Contains(Inserted(6), d => d.Contains("yield \"phone:\" + phone", StringComparison.Ordinal));
    }

    [Fact]
    public void APythonStatementThatReadsALoopsVariableIsNotCopiedOutsideThatLoop()
    {
        const string text = "def merge(items):\n    owner = {}\n    for item in items:\n        for key in item:\n            owner[key] = item\n" +
                            "    groups = {}\n    for item in items:\n        groups.setdefault(owner.get(item), []).append(item)\n    return groups\n";
        var tokens = CodeTokenizer.Tokenize(SourceLanguage.Python, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        List<string> Inserted(int line)
        {
            var site = new MutationSite(SourceLanguage.Python, "file", text, tokens, line, (1, 9));
            return [.. new StatementMutation().Propose(site).Where(e => e.Description.StartsWith("insert", StringComparison.Ordinal)).Select(e => e.Description)];
        }

        Assert.DoesNotContain(Inserted(8), d => d.Contains("owner[key] = item", StringComparison.Ordinal));
        Assert.Contains(Inserted(5), d => d.Contains("groups.setdefault(owner.get(item), []).append(item)", StringComparison.Ordinal));
        Assert.True(LoopVariables.ReadsOneOutsideItsLoop(new MutationSite(SourceLanguage.Python, "file", text, tokens, 8, (1, 9)), "owner[key] = item", 8));
        Assert.False(LoopVariables.ReadsOneOutsideItsLoop(new MutationSite(SourceLanguage.Python, "file", text, tokens, 5, (1, 9)), "owner[key] = item", 5));
    }
}
