using Asa.Repair.Engine;
using Asa.Repair.Indexing;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Localization;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// The fix shapes of set B: a missed update inserted in a loop (TBar FP4), swapped arguments and indices (ManySStuBs4J
/// "swap arguments", TBar FP10), a wrong receiver or container replaced by one used the same way (TBar FP13), and
/// pairs of edits at two lines (Hercules' sibling edits), on code written for these tests.
/// </summary>
public sealed class AssignmentAndNameShapesTests
{
    private const string Streak = """
        def longest_streak(days):
            best = 0
            streak = 0
            last = None
            for day in days:
                if last is not None and day == last + 1:
                    streak += 1
                else:
                    streak = 1
                best = max(best, streak)
            return best

        """;

    [Fact]
    public void AnUpdateTheLoopNeverMakesIsInsertedAtTheEndOfItsBody()
    {
        var edits = Proposed(new UpdateInsertion(), SourceLanguage.Python, Streak, 10);

        var expected = Streak.Replace("        best = max(best, streak)\n", "        best = max(best, streak)\n        last = day\n", StringComparison.Ordinal);
        var edit = Assert.Single(edits, e => e.Changed == expected);
        Assert.Equal(0.6, edit.Prior);
        Assert.InRange(edits.Count, 1, 12);
        Assert.All(edits, e => Assert.DoesNotContain("day =", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void AVariableTheLoopNeverUpdatesFromAValueOfItsOwnIsLessSuspect()
    {
        var started = Streak.Replace("last = None", "last = days[0] - 2", StringComparison.Ordinal);

        var edits = Proposed(new UpdateInsertion(), SourceLanguage.Python, started, 10);

        var expected = started.Replace("        best = max(best, streak)\n", "        best = max(best, streak)\n        last = day\n", StringComparison.Ordinal);
        Assert.Equal(0.3, Assert.Single(edits, e => e.Changed == expected).Prior);
    }

    [Fact]
    public void AWhileLoopWhoseConditionNeverChangesGetsTheUpdateFirst()
    {
        const string code = "function sumBelow(n) {\n  let sum = 0;\n  let k = 0;\n  while (k < n) {\n    sum += k;\n  }\n  return sum;\n}\n";

        var edits = Proposed(new UpdateInsertion(), SourceLanguage.JavaScript, code, 5);

        var first = edits[0];
        Assert.Equal("function sumBelow(n) {\n  let sum = 0;\n  let k = 0;\n  while (k < n) {\n    k += 1;\n    sum += k;\n  }\n  return sum;\n}\n", first.Changed);
        Assert.Equal(0.6, first.Prior);
        Assert.Contains(edits, e => e.Changed == code.Replace("    sum += k;\n", "    sum += k;\n    k += 1;\n", StringComparison.Ordinal));
        Assert.All(edits.Where(e => e.Description.Contains("'sum", StringComparison.Ordinal)), e => Assert.True(e.Prior < 0.2));
    }

    [Fact]
    public void NoUpdateIsInsertedOutsideALoopNorForAConstantOrTheLoopsOwnVariable()
    {
        const string code = "function total(prices) {\n  const rate = 2;\n  let sum = 0;\n  for (const p of prices) {\n    sum += p * rate;\n  }\n  sum = sum + 1;\n  return sum;\n}\n";

        Assert.Empty(Proposed(new UpdateInsertion(), SourceLanguage.JavaScript, code, 7));
        Assert.Empty(Proposed(new UpdateInsertion(), SourceLanguage.JavaScript, code, 1));
        var inLoop = Proposed(new UpdateInsertion(), SourceLanguage.JavaScript, code, 5);
        Assert.NotEmpty(inLoop);
        Assert.All(inLoop, e => Assert.Matches("^insert 'sum ", e.Description));
    }

    [Fact]
    public void TwoIndicesOfOneNameOrOfTwoFactorsSwap()
    {
        Assert.Contains("cell = grid[col][row]", Lines(new OperandSwap(), SourceLanguage.Python, "cell = grid[row][col]\n", 1));
        Assert.Contains("acc += left[k] * right[i];", Lines(new OperandSwap(), SourceLanguage.Java, "acc += left[i] * right[k];\n", 1));
        Assert.Contains("value = table[c, r]", Lines(new OperandSwap(), SourceLanguage.Python, "value = table[r, c]\n", 1));
        Assert.Contains("place(z, y, x);", Lines(new OperandSwap(), SourceLanguage.JavaScript, "place(x, y, z);\n", 1));
    }

    [Fact]
    public void TheValuesOfTwoAssignmentsOneUnderTheOtherSwap()
    {
        const string java = "void settle(Account payer, Account payee, long cents) {\n    payer.debit += fee;\n    payee.credit += cents;\n}\n";
        const string python = "def bounds(points):\n    low = max(points)\n    high = min(points)\n    return low, high\n";

        var swapped = Proposed(new OperandSwap(), SourceLanguage.Java, java, 2).Single(p => p.Description.StartsWith("swap the values", StringComparison.Ordinal));

        Assert.Equal("void settle(Account payer, Account payee, long cents) {\n    payer.debit += cents;\n    payee.credit += fee;\n}\n", swapped.Changed);
        Assert.Contains(Proposed(new OperandSwap(), SourceLanguage.Python, python, 2),
            p => p.Changed == "def bounds(points):\n    low = min(points)\n    high = max(points)\n    return low, high\n");
    }

    [Fact]
    public void AssignmentsWithDifferentOperatorsOrAtAnotherDepthDoNotSwapTheirValues()
    {
        const string code = "def step(state, delta):\n    state.x += delta\n    state.y = delta\n    if state.y:\n        state.z = 1\n";

        Assert.DoesNotContain(Proposed(new OperandSwap(), SourceLanguage.Python, code, 2), p => p.Description.StartsWith("swap the values", StringComparison.Ordinal));
        Assert.DoesNotContain(Proposed(new OperandSwap(), SourceLanguage.Python, code, 3), p => p.Description.StartsWith("swap the values", StringComparison.Ordinal));
    }

    [Fact]
    public void InALongArgumentListOnlyTwoLoneNamesOrNumbersSwapApart()
    {
        var swapped = Lines(new OperandSwap(), SourceLanguage.CSharp, "Array.Copy(items, start, result, 0, Count - start);\n", 1);

        Assert.Contains("Array.Copy(items, 0, result, start, Count - start);", swapped);
        Assert.Contains("Array.Copy(items, start, result, Count - start, 0);", swapped);
        Assert.DoesNotContain("Array.Copy(items, Count - start, result, 0, start);", swapped);
    }

    [Fact]
    public void AListLiteralASliceAndOneNamesTwoFactorsAreNotSwappedAsIndices()
    {
        Assert.Empty(Lines(new OperandSwap(), SourceLanguage.Python, "pair = [low, high]\n", 1));
        Assert.Empty(Lines(new OperandSwap(), SourceLanguage.Python, "part = items[start:end]\n", 1));
        Assert.DoesNotContain("sq = v[j] * v[i]", Lines(new OperandSwap(), SourceLanguage.Python, "sq = v[i] * v[j]\n", 1));
    }

    [Fact]
    public void AnAssignedContainerIsReplacedByAnotherIndexedOneFirst()
    {
        // 'named' looks likelier by its name; 'sizes' is the other container indexed in the loop.
        const string code = "def group(rows):\n    names = {}\n    sizes = {}\n    named = 0\n    for row in rows:\n        sizes[row.kind] = sizes.get(row.kind, 0)\n"
                            + "        key = row.kind\n        names[key] = row.size + named\n    return names, sizes\n";

        var lines = Lines(new IdentifierReplacement(), SourceLanguage.Python, code, 8);

        Assert.Equal("sizes[key] = row.size + named", lines.First(l => !l.StartsWith("names", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnAttributeIsReplacedByOneOfTheSameOwnerUsedTheSameWay()
    {
        const string code = "class Queue:\n    def finish(self, job):\n        self.pend_limit = 3\n        self.finished.append(job)\n        self.pending.append(job)\n";

        var lines = Lines(new IdentifierReplacement(), SourceLanguage.Python, code, 5);

        Assert.Equal("self.finished.append(job)", lines.First(l => l.StartsWith("self.", StringComparison.Ordinal) && !l.StartsWith("self.pending", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnotherObjectsReceiverAndTheObjectsOwnAreSwappedInAMethodOnly()
    {
        const string code = "class Vector:\n    def dot(self, other):\n        return other.x * other.x + self.y * other.y\n";

        var lines = Lines(new IdentifierReplacement(), SourceLanguage.Python, code, 3);

        Assert.Contains("return self.x * other.x + self.y * other.y", lines);
        Assert.Contains("return other.x * other.x + other.y * other.y", lines);
        Assert.DoesNotContain(Lines(new IdentifierReplacement(), SourceLanguage.Python, "def dot(a, b):\n    return a.x * b.x\n", 2),
            l => l.Contains("self", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameEditAtTwoLinesIsOnePairTriedAfterEachAlone()
    {
        const string code = "def shift(point, dx, dy):\n    x = point[0] - dx\n    y = point[1] - dy\n    return x, y\n";
        using var checkout = new ScratchCheckout().Write("geometry.py", code);
        var lines = new[] { new SuspiciousLine("geometry.py", 2, 4, []), new SuspiciousLine("geometry.py", 3, 4, []), new SuspiciousLine("geometry.py", 4, 3, []) };

        var candidates = MutationGenerator.Generate(CheckoutSnapshot.Load(checkout.Root, CancellationToken.None), lines, 10_000).ToList();

        var pair = Assert.Single(candidates, c => c.Changed == code.Replace(" - d", " + d", StringComparison.Ordinal));
        Assert.Equal(("pair", 2, (int?)3), (pair.Kind, pair.Line, pair.PairedLine));
        var alone = candidates.Where(c => c.Description == "'-' to '+'" && c.PairedLine is null).ToList();
        Assert.Equal(2, alone.Count);
        Assert.All(alone, single => Assert.True(candidates.IndexOf(single) < candidates.IndexOf(pair)));
        Assert.InRange(candidates.Count(c => c.PairedLine is not null), 1, 48);
    }

    [Fact]
    public void APairWaitsForTheLessLikelyOfItsLinesAndItsRunCountsForBoth()
    {
        var one = Edit(1, 0.9, null);
        var two = Edit(2, 0.8, null);
        var pair = Edit(1, 0.5, 2);
        var three = Edit(3, 0.3, null);
        var queue = new SearchQueue([one, two, pair, three]);

        queue.Learn(two, RunEffect.Unchanged);
        Assert.Equal([one, two, three, pair], Drain(queue));

        var learning = new SearchQueue([one, two, pair]);
        learning.Learn(pair, RunEffect.Changed);
        Assert.Equal((1.0, 1.0), (learning.WeightOf("calc.py", 1), learning.WeightOf("calc.py", 2)));
        learning.Learn(pair, RunEffect.Unchanged);
        Assert.Equal((0.5, 0.5), (learning.WeightOf("calc.py", 1), learning.WeightOf("calc.py", 2)));
        learning.Learn(pair, RunEffect.Closer);
        Assert.Equal((3.0, 3.0), (learning.WeightOf("calc.py", 1), learning.WeightOf("calc.py", 2)));
    }

    private static CandidateEdit Edit(int line, double priority, int? paired) =>
        new("calc.py", line, paired is null ? "operator" : "pair", $"edit {priority}", "a\nb\nc\n", $"a\nb\nc\n# {priority}\n", 1, priority, paired);

    private static List<CandidateEdit> Drain(SearchQueue queue)
    {
        var order = new List<CandidateEdit>();
        while (queue.Next() is { } next)
        {
            order.Add(next);
        }
        return order;
    }

    private sealed record Proposal(string Description, string Changed, double Prior);

    private static List<Proposal> Proposed(IMutationOperator op, SourceLanguage language, string text, int line)
    {
        var site = Site(language, text, line);
        return [.. op.Propose(site).Select(e => new Proposal(e.Description, site.Replace(e.Start, e.Length, e.Replacement), e.Prior))];
    }

    private static List<string> Lines(IMutationOperator op, SourceLanguage language, string text, int line) =>
        [.. Proposed(op, language, text, line).Select(p => p.Changed.Split('\n')[line - 1].Trim())];

    /// <summary>A site whose scope is the function around the line, as the generator makes it from the file's symbols.</summary>
    private static MutationSite Site(SourceLanguage language, string text, int line)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var lines = text.Split('\n');
        var start = Enumerable.Range(1, line).Reverse().First(n => n == 1 || lines[n - 1].TrimStart().StartsWith("def ", StringComparison.Ordinal)
                                                                         || lines[n - 1].TrimStart().StartsWith("function ", StringComparison.Ordinal));
        return new MutationSite(language, "file", text, tokens, line, (start, lines.Length));
    }
}
