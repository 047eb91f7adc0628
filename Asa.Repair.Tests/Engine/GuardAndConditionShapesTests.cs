using Asa.Repair.Engine;
using Asa.Repair.Indexing;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// The fix shapes from the repair literature beyond one-token edits: a null guard in a condition (TBar FP2), a
/// condition replaced by a boolean or collection in scope (FP6), an operator and its constant changed together
/// (FP9 + FP11), a range's or slice's open bound (FP9/FP11 on bounds), and a missing return (FP4/FP12).
/// </summary>
public sealed class GuardAndConditionShapesTests
{
    private static List<MutationEdit> Edits(IMutationOperator op, SourceLanguage language, string text, int line, (int, int)? function = null)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        return [.. op.Propose(new MutationSite(language, "file", text, tokens, line, function))];
    }

    private static string Apply(string text, MutationEdit edit) => string.Concat(text.AsSpan(0, edit.Start), edit.Replacement, text.AsSpan(edit.Start + edit.Length));

    /// <summary>The edited line of each edit (edits that add a line show the line they changed or added).</summary>
    private static List<string> Lines(IMutationOperator op, SourceLanguage language, string text, int line, (int, int)? function = null) =>
        [.. Edits(op, language, text, line, function).Select(edit => Apply(text, edit).Split('\n')[line - 1].Trim())];

    [Fact]
    public void ANullGuardGoesBeforeThePartOfTheConditionThatReadsTheName()
    {
        const string text = "def ship(parcel, count):\n    if count > 0 and parcel.weight > 2:\n        pass\n";

        var guarded = Lines(new NullGuard(), SourceLanguage.Python, text, 2);

        Assert.Equal(["if count > 0 and parcel is not None and parcel.weight > 2:", "if count > 0 and (parcel is None or parcel.weight > 2):"], guarded);
        Assert.Equal(["while (cursor != null && cursor.next) {", "while (cursor == null || cursor.next) {"],
            Lines(new NullGuard(), SourceLanguage.JavaScript, "while (cursor.next) {\n}\n", 1));
        Assert.Contains("if (door != null && door.isOpen() || forced) {", Lines(new NullGuard(), SourceLanguage.Java, "if (door.isOpen() || forced) {\n}\n", 1));
        Assert.Contains("if (route.Legs is not null && route.Legs.Count > 3)", Lines(new NullGuard(), SourceLanguage.CSharp, "if (route.Legs.Count > 3)\n{\n}\n", 1));
    }

    [Fact]
    public void ACSharpNullGuardSpeaksAsTheFileDoes()
    {
        const string operators = "if (route.Legs.Count > 3)\n{\n}\nif (route.Name != null)\n{\n}\n";

        var guarded = Lines(new NullGuard(), SourceLanguage.CSharp, operators, 1);

        Assert.Contains("if (route.Legs != null && route.Legs.Count > 3)", guarded);
        Assert.Contains("if (route == null || route.Legs.Count > 3)", guarded);
        Assert.DoesNotContain(guarded, line => line.Contains(" is ", StringComparison.Ordinal));
        Assert.Contains("if (route.Legs is null || route.Legs.Count > 3)", Lines(new NullGuard(), SourceLanguage.CSharp, "if (route.Legs.Count > 3)\n{\n}\n", 1));
    }

    [Fact]
    public void ANullGuardIsLikelierForANameTheScopeKnowsCanBeMissing()
    {
        const string looked = "def price(catalog, sku):\n    item = catalog.get(sku)\n    if item.discounted:\n        return 1\n    return 2\n";
        const string given = "def price(item):\n    if item.discounted:\n        return 1\n    return 2\n";

        var likely = Edits(new NullGuard(), SourceLanguage.Python, looked, 3, (1, 5)).First();
        var plain = Edits(new NullGuard(), SourceLanguage.Python, given, 2, (1, 4)).First();

        Assert.Equal("if item is not None and item.discounted:", Apply(looked, likely).Split('\n')[2].Trim());
        Assert.True(likely.Prior > 0.6 && plain.Prior < 0.35, $"{likely.Prior} {plain.Prior}");
    }

    [Fact]
    public void NoNullGuardForSelfAModuleANameAlreadyTestedABoundNameOrALineThatIsNoCondition()
    {
        Assert.Empty(Lines(new NullGuard(), SourceLanguage.Python, "if self.ready:\n    pass\n", 1));
        Assert.Empty(Lines(new NullGuard(), SourceLanguage.Python, "import math\nif math.isnan(x):\n    pass\n", 2));
        Assert.Empty(Lines(new NullGuard(), SourceLanguage.Python, "if shelf is not None and shelf.full:\n    pass\n", 1));
        Assert.Empty(Lines(new NullGuard(), SourceLanguage.Python, "if any(b.empty for b in bins):\n    pass\n", 1));
        Assert.Empty(Lines(new NullGuard(), SourceLanguage.Python, "weight = parcel.weight\n", 1));
        Assert.Empty(Lines(new NullGuard(), SourceLanguage.JavaScript, "if (lamp?.lit) {\n}\n", 1));
    }

    [Fact]
    public void AnEndlessLoopsConditionBecomesACollectionItDrains()
    {
        const string text = "def drain(tasks):\n    done = []\n    backlog = list(tasks)\n    while True:\n        done.append(backlog.pop())\n    return done\n";

        var edits = Edits(new ConditionReplacement(), SourceLanguage.Python, text, 4, (1, 6));

        Assert.Equal(["while done:", "while backlog:"], edits.Select(e => Apply(text, e).Split('\n')[3].Trim()));
        Assert.All(edits, e => Assert.Equal(0.9, e.Prior));
        var breaking = text.Replace("        done.append", "        if not backlog:\n            break\n        done.append", StringComparison.Ordinal);
        Assert.All(Edits(new ConditionReplacement(), SourceLanguage.Python, breaking, 4, (1, 8)), e => Assert.True(e.Prior < 0.5));
    }

    [Fact]
    public void JavaAndCSharpConditionsBecomeAnEmptinessTestOnlyWhereTheTypeIsPlain()
    {
        const string java = "void walk(Deque<Integer> frontier) {\n    boolean moved = false;\n    while (true) {\n        moved = step(frontier.pop());\n    }\n}\n";
        const string csharp = "void Walk()\n{\n    var frontier = new Queue<int>();\n    Widget gadget = Make();\n    while (gadget.Ready)\n    {\n        frontier.Dequeue();\n    }\n}\n";

        Assert.Equal(["while (!frontier.isEmpty()) {", "while (moved) {"], Lines(new ConditionReplacement(), SourceLanguage.Java, java, 3, (1, 6)));
        Assert.Equal(["while (frontier.Count > 0)"], Lines(new ConditionReplacement(), SourceLanguage.CSharp, csharp, 5, (1, 9)));
    }

    [Fact]
    public void NoConditionReplacementFromAKeywordArgumentOrANameSetAfterTheLine()
    {
        const string text = "def tally(rows):\n    report(strict=True)\n    if rows:\n        pass\n    seen = set()\n";

        Assert.Empty(Lines(new ConditionReplacement(), SourceLanguage.Python, text, 3, (1, 5)));
    }

    [Fact]
    public void AnOperatorAndItsConstantChangeTogetherOnlyWhereNoSingleEditReaches()
    {
        Assert.Equal(["if n <= 1:", "if n >= 1:"], Lines(new ComparisonAndConstantShift(), SourceLanguage.Python, "if n == 0:\n    pass\n", 1));
        Assert.Equal(["while (i <= 11) {", "while (i == 11) {", "while (i == 9) {"],
            Lines(new ComparisonAndConstantShift(), SourceLanguage.Java, "while (i < 10) {\n}\n", 1));
        Assert.Equal(["if (1 >= size) {", "if (1 <= size) {"], Lines(new ComparisonAndConstantShift(), SourceLanguage.JavaScript, "if (0 === size) {\n}\n", 1));
        Assert.Empty(Lines(new ComparisonAndConstantShift(), SourceLanguage.Python, "if n == -1:\n    pass\n", 1));
        Assert.Empty(Lines(new ComparisonAndConstantShift(), SourceLanguage.Python, "if i < limit:\n    pass\n", 1));
        Assert.Empty(Lines(new ComparisonAndConstantShift(), SourceLanguage.Python, "if i < 3 * k:\n    pass\n", 1));
    }

    [Fact]
    public void RangesAndSlicesGainOrLoseTheirOpenBound()
    {
        var range = Lines(new BoundShift(), SourceLanguage.Python, "for i in range(len(rows)):\n    pass\n", 1);
        var tail = Lines(new BoundShift(), SourceLanguage.Python, "rest = rows[i:]\n", 1);
        var head = Lines(new BoundShift(), SourceLanguage.Python, "first = rows[:-1]\n", 1);

        Assert.Contains("for i in range(1, len(rows)):", range);
        Assert.Contains("rest = rows[i:-1]", tail);
        Assert.Contains("rest = rows[i + 1:]", tail);
        Assert.Contains("first = rows[:]", head);
        Assert.Contains("first = rows[1:-1]", head);
        Assert.Contains("const body = words.slice(1, -1);", Lines(new BoundShift(), SourceLanguage.JavaScript, "const body = words.slice(1);\n", 1));
        Assert.Contains("const body = words.slice(1);", Lines(new BoundShift(), SourceLanguage.JavaScript, "const body = words.slice(1, -1);\n", 1));
    }

    [Fact]
    public void NoOpenBoundEditsForATwoArgumentRangeAListLiteralOrAStep()
    {
        Assert.DoesNotContain(Edits(new BoundShift(), SourceLanguage.Python, "for i in range(a, b):\n    pass\n", 1), e => e.Description.Contains("start the range", StringComparison.Ordinal));
        Assert.Empty(Lines(new BoundShift(), SourceLanguage.Python, "pair = [1, 2]\n", 1));
        Assert.Empty(Lines(new BoundShift(), SourceLanguage.Python, "back = word[::-1]\n", 1));
    }

    [Fact]
    public void AFunctionThatComputesItsResultAndFallsOffTheEndReturnsIt()
    {
        const string text = "def mean(values):\n    total = 0\n    for v in values:\n        total += v\n    average = total / len(values)\n\n\ndef other():\n    pass\n";

        var edits = Edits(new MissingReturn(), SourceLanguage.Python, text, 5, (1, 5));

        Assert.Equal(text.Replace("len(values)\n", "len(values)\n    return average\n", StringComparison.Ordinal), Apply(text, edits[0]));
        Assert.Equal(0.9, edits[0].Prior);
        Assert.Equal(["return average", "return total"], edits.Select(e => Apply(text, e).Split('\n')[5].Trim()));
        Assert.True(edits[1].Prior < 0.5);
        Assert.Equal("return width * height", Lines(new MissingReturn(), SourceLanguage.Python, "def area(width, height):\n    width * height\n", 2).Single());
    }

    [Fact]
    public void AJavaScriptLoopAccumulatorIsReturnedBeforeTheClosingBrace()
    {
        const string text = "function weight(boxes) {\n  let sum = 0;\n  for (const box of boxes) {\n    sum += box.kg;\n  }\n}\n";

        var edit = Assert.Single(Edits(new MissingReturn(), SourceLanguage.JavaScript, text, 4));

        Assert.Equal(text.Replace("  }\n}\n", "  }\n  return sum;\n}\n", StringComparison.Ordinal), Apply(text, edit));
        Assert.Equal(0.9, edit.Prior);
    }

    [Fact]
    public void NoMissingReturnBeforeTheLastStatementInAGeneratorAnInitialiserOrJava()
    {
        const string text = "def mean(values):\n    total = sum(values)\n    average = total / len(values)\n";

        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, text, 2));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, "def mean(values):\n    total = sum(values)\n    return total\n", 3));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, "def evens(xs):\n    for x in xs:\n        yield x\n    last = xs[-1]\n", 4));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, "class Box:\n    def __init__(self, size):\n        volume = size ** 3\n", 3));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, "def log(line) -> None:\n    stamped = line.strip()\n", 2));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Java, "int area(int w, int h) {\n    int a = w * h;\n}\n", 2));
    }

    [Fact]
    public void ABareReturnInAFunctionThatElsewhereReturnsALocalReturnsThatLocal()
    {
        const string text = "def first_even(numbers):\n    for n in numbers:\n        if n % 2 == 0:\n            found = n\n            return\n    found = None\n    return found\n";

        var edits = Edits(new ReturnReplacement(), SourceLanguage.Python, text, 5, (1, 7));

        var edit = Assert.Single(edits);
        Assert.Equal("return found", Apply(text, edit).Split('\n')[4].Trim());
        Assert.Empty(Edits(new ReturnReplacement(), SourceLanguage.Python, "def stop(xs):\n    if not xs:\n        return\n    print(xs)\n", 3, (1, 4)));
    }
}
