using Asa.Repair.Engine;
using Asa.Repair.Indexing;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// Statement-level fix shapes: a pointless expression statement becomes a return (TBar FP12 mutate return statement,
/// FP4 insert missed statement; Pylint W0104, ESLint no-unused-expressions), and a guard clause returns early when a
/// local set from a lookup that may find nothing is missing (TBar FP2 insert null pointer checker, PAR's null checker).
/// </summary>
public sealed class StatementShapesTests
{
    private static List<MutationEdit> Edits(IMutationOperator op, SourceLanguage language, string text, int line)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        return [.. op.Propose(new MutationSite(language, "file", text, tokens, line, null))];
    }

    private static string Apply(string text, MutationEdit edit) => string.Concat(text.AsSpan(0, edit.Start), edit.Replacement, text.AsSpan(edit.Start + edit.Length));

    [Fact]
    public void APointlessExpressionInAnElifBranchBecomesItsReturn()
    {
        const string text = "def fare(rider, base):\n    if rider.age < 12:\n        return base / 2\n    elif rider.student:\n        base - 3\n    return base\n";

        var edit = Assert.Single(Edits(new MissingReturn(), SourceLanguage.Python, text, 5));

        Assert.Equal(text.Replace("        base - 3\n", "        return base - 3\n", StringComparison.Ordinal), Apply(text, edit));
        Assert.Equal(0.9, edit.Prior);
        var computed = text.Replace("base - 3", "base - discount(rider)", StringComparison.Ordinal);
        Assert.Equal("        return base - discount(rider)", Apply(computed, Assert.Single(Edits(new MissingReturn(), SourceLanguage.Python, computed, 5))).Split('\n')[4]);
    }

    [Fact]
    public void APointlessJavaScriptExpressionInsideABlockOnItsIfsLineOrWithoutASemicolonBecomesItsReturn()
    {
        const string braced = "function ticket(seat) {\n  if (seat.kind === 'child') { seat.price * 0.5; }\n  return seat.price;\n}\n";
        const string bare = "function firstBig(values) {\n  for (const v of values) {\n    if (v > 10) {\n      v\n    }\n  }\n  return -1\n}\n";

        var inBlock = Assert.Single(Edits(new MissingReturn(), SourceLanguage.JavaScript, braced, 2));
        var noSemicolon = Assert.Single(Edits(new MissingReturn(), SourceLanguage.JavaScript, bare, 4));

        Assert.Equal("  if (seat.kind === 'child') { return seat.price * 0.5; }", Apply(braced, inBlock).Split('\n')[1]);
        Assert.Equal("      return v", Apply(bare, noSemicolon).Split('\n')[3]);
        Assert.Equal(0.9, noSemicolon.Prior);
    }

    [Fact]
    public void APointlessExpressionOverSeveralLinesBecomesItsReturn()
    {
        const string text = "def total(items, rate):\n    if rate:\n        (sum(items)\n         * rate)\n    [item.price\n     for item in items]\n    return 0\n";

        var wrapped = Assert.Single(Edits(new MissingReturn(), SourceLanguage.Python, text, 3));
        var listed = Assert.Single(Edits(new MissingReturn(), SourceLanguage.Python, text, 5));

        Assert.Equal("        return (sum(items)\n         * rate)", string.Join('\n', Apply(text, wrapped).Split('\n')[2..4]));
        Assert.Equal("    return [item.price", Apply(text, listed).Split('\n')[4]);
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, text, 4));
    }

    [Theory]
    [InlineData("    log(total)")]
    [InlineData("    base.rates(total).clear()")]
    [InlineData("    total and log(base)")]
    [InlineData("    total = base * 2")]
    [InlineData("    total += 1")]
    [InlineData("    \"\"\"The fare.\"\"\"")]
    [InlineData("    ...")]
    [InlineData("    pass")]
    [InlineData("    total: int")]
    [InlineData("    await ready")]
    [InlineData("    del cache[base]")]
    [InlineData("    yield base")]
    public void NoReturnForAPythonStatementThatHasAnEffectOrIsADeclaration(string statement)
    {
        var text = $"def fare(base, total, cache):\n{statement}\n    return base\n";

        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, text, 2));
    }

    [Theory]
    [InlineData("  'use strict';")]
    [InlineData("  count++;")]
    [InlineData("  delete cache[key];")]
    [InlineData("  new Audit(key);")]
    [InlineData("  cache.clear();")]
    [InlineData("  key && cache.drop(key);")]
    [InlineData("  tag`x${key}`;")]
    [InlineData("  outer: key;")]
    public void NoReturnForAJavaScriptStatementThatHasAnEffectOrIsADirective(string statement)
    {
        var text = $"function refresh(cache, key, count) {{\n{statement}\n  return key;\n}}\n";

        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.JavaScript, text, 2));
    }

    [Fact]
    public void NoReturnForALineThatContinuesAnExpressionOrForJava()
    {
        const string continued = "def total(a, b):\n    value = (a\n        + b)\n    return value\n";
        const string chained = "function total(a, b) {\n  const value = a\n    + b;\n  return value;\n}\n";

        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Python, continued, 3));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.JavaScript, chained, 3));
        Assert.Empty(Edits(new MissingReturn(), SourceLanguage.Java, "int area(int w, int h) {\n    if (w > 0) { w * h; }\n    return 0;\n}\n", 2));
    }

    [Fact]
    public void ALookupThatMayFindNothingGetsAGuardThatReturnsNoneBeforeItIsRead()
    {
        const string text = "def badge(members, name):\n    member = members.get(name)\n    return member.title.upper()\n";

        var edit = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 2));

        Assert.Equal("def badge(members, name):\n    member = members.get(name)\n    if member is None:\n        return None\n    return member.title.upper()\n", Apply(text, edit));
        Assert.Equal(edit, Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 3)));
    }

    [Fact]
    public void ACallOfAFunctionThatFallsOffItsEndIsGuardedWithTheEmptyValueTheResultStartsAs()
    {
        const string text = "def locate(shelves, code):\n    for shelf in shelves:\n        if shelf.code == code:\n            return shelf\n\n\n"
                            + "def titles(shelves, code):\n    found = []\n    shelf = locate(shelves, code)\n    for book in shelf.books:\n        found.append(book.title)\n    return found\n";

        var edits = Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 9);

        Assert.Equal(["        return []", "        return None"], edits.Select(e => Apply(text, e).Split('\n')[10]));
        Assert.All(edits, e => Assert.Equal("    if shelf is None:", Apply(text, e).Split('\n')[9]));
        Assert.True(edits[0].Prior > edits[1].Prior && edits[0].Prior < 1, $"{edits[0].Prior}");
    }

    [Fact]
    public void ALookupInALoopAndAMethodThatPassesItsResultOnAreGuarded()
    {
        const string text = "class Tree:\n    def walk(self, path):\n        node = self.root\n        for step in path:\n            node = node.children.get(step)\n        return node\n\n"
                            + "    def label(self, path):\n        node = self.walk(path)\n        return node.label.title()\n";

        var inLoop = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 5));
        var passedOn = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 9));

        Assert.Equal(["            if node is None:", "                return None"], Apply(text, inLoop).Split('\n')[5..7]);
        Assert.Equal(["        if node is None:", "            return None"], Apply(text, passedOn).Split('\n')[9..11]);
        Assert.Empty(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 3));
        var iterated = text.Replace("node.label.title()", "sorted(node)", StringComparison.Ordinal);
        var compared = text.Replace("node.label.title()", "step in node", StringComparison.Ordinal);
        Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Python, iterated, 9));
        Assert.Empty(Edits(new EarlyReturnGuard(), SourceLanguage.Python, compared, 9));
    }

    [Fact]
    public void AGuardReturnsWhatTheResultIsBuiltFromOrBareInAnInitialiser()
    {
        const string built = "def words(index, prefix):\n    found = []\n    node = index.get(prefix)\n    for word in node.words:\n        found.append(word)\n    return sorted(found)\n";
        const string annotated = "def first(index, prefix) -> str:\n    node = index.get(prefix)\n    return node.words[0]\n";
        const string initialiser = "class Lamp:\n    def __init__(self, rooms, name):\n        room = rooms.get(name)\n        self.level = room.level\n";

        Assert.Equal(["        return []", "        return None"], Edits(new EarlyReturnGuard(), SourceLanguage.Python, built, 3).Select(e => Apply(built, e).Split('\n')[4]));
        Assert.Equal(["        return \"\"", "        return None"], Edits(new EarlyReturnGuard(), SourceLanguage.Python, annotated, 2).Select(e => Apply(annotated, e).Split('\n')[3]));
        Assert.Equal(["            return"], Edits(new EarlyReturnGuard(), SourceLanguage.Python, initialiser, 3).Select(e => Apply(initialiser, e).Split('\n')[4]));
    }

    [Fact]
    public void AJavaScriptGuardFollowsTheFilesIfStyle()
    {
        const string braced = "function owner(pets, id) {\n  const pet = pets.find((p) => p.id === id);\n  return pet.owner;\n}\n";
        const string oneLine = "function size(list) {\n  if (!list) return 0;\n  return list.length;\n}\n\n"
                               + "function owner(pets, id) {\n  if (!pets) return null;\n  const pet = pets.find((p) => p.id === id)\n  return pet.owner\n}\n";

        var bracedGuard = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.JavaScript, braced, 2));
        var oneLineGuard = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.JavaScript, oneLine, 8));

        Assert.Equal(braced.Replace("id);\n", "id);\n  if (pet == null) {\n    return null;\n  }\n", StringComparison.Ordinal), Apply(braced, bracedGuard));
        Assert.Equal("  if (pet == null) return null;", Apply(oneLine, oneLineGuard).Split('\n')[8]);
    }

    [Fact]
    public void JavaAndCSharpGuardsReturnTheDeclaredTypesDefault()
    {
        const string java = "class Desk {\n    Map<String, Lamp> lamps = new HashMap<>();\n\n    int brightness(String room) {\n        Lamp lamp = lamps.get(room);\n        return lamp.level();\n    }\n}\n";
        const string csharp = "class Shelf\n{\n    string Label(int id)\n    {\n        var item = items.FirstOrDefault(i => i.Id == id);\n        return item.Name;\n    }\n}\n";
        const string list = "class Shelf\n{\n    List<string> Tags(int id)\n    {\n        var item = items.Find(i => i.Id == id);\n        return item.Tags.ToList();\n    }\n}\n";

        var javaGuard = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Java, java, 5));
        var csharpGuards = Edits(new EarlyReturnGuard(), SourceLanguage.CSharp, csharp, 5);

        Assert.Equal(java.Replace("room);\n", "room);\n        if (lamp == null) {\n            return 0;\n        }\n", StringComparison.Ordinal), Apply(java, javaGuard));
        Assert.Equal(csharp.Replace("id);\n", "id);\n        if (item == null)\n        {\n            return \"\";\n        }\n", StringComparison.Ordinal), Apply(csharp, csharpGuards[0]));
        Assert.Equal("            return null;", Apply(csharp, csharpGuards[1]).Split('\n')[7]);
        Assert.Equal("            return [];", Apply(list, Edits(new EarlyReturnGuard(), SourceLanguage.CSharp, list, 5)[0]).Split('\n')[7]);
    }

    [Fact]
    public void APartOfACollectionThatAnAverageOrAFirstElementReadsIsGuardedWhenEmpty()
    {
        const string csharp = "public static class Scores\n{\n    public static double? Mean(List<int> all, int n)\n    {\n        if (n < 0) return null;\n"
                              + "        var top = all.Where(s => s > 0).ToList();\n        return top.Average();\n    }\n}\n";
        const string python = "def first_late(orders, cutoff):\n    late = [o for o in orders if o.day > cutoff]\n    return late[0].id\n";
        const string javascript = "function mean(values) {\n  const kept = values.filter((v) => v !== null);\n  return kept.reduce((a, b) => a + b) / kept.length;\n}\n";

        Assert.Contains("        if (top.Count == 0) return null;\n", Edits(new EarlyReturnGuard(), SourceLanguage.CSharp, csharp, 6).Select(e => Apply(csharp, e)).First());
        Assert.Contains(Edits(new EarlyReturnGuard(), SourceLanguage.Python, python, 2), e => Apply(python, e).Contains("    if not late:\n        return None\n", StringComparison.Ordinal));
        Assert.Contains(Edits(new EarlyReturnGuard(), SourceLanguage.JavaScript, javascript, 2), e => Apply(javascript, e).Contains("  if (kept.length === 0) {", StringComparison.Ordinal));
        // A sum of nothing is 0: no guard.
        Assert.Empty(Edits(new EarlyReturnGuard(), SourceLanguage.CSharp, csharp.Replace("top.Average()", "top.Sum()", StringComparison.Ordinal), 6));
    }

    [Fact]
    public void ALookupPutIntoAListOrTupleWrittenOutIsGuardedButNotOnePassedToACall()
    {
        const string text = "def route(graph, start):\n    first = graph.get(start)\n    queue = [(first, 0)]\n    seen = []\n"
                            + "    while queue:\n        stop, hops = queue.pop()\n        seen.append((stop.name, hops))\n    return seen\n";

        var guard = Assert.Single(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 2), e => Apply(text, e).Contains("return []", StringComparison.Ordinal));

        Assert.Equal(["    if first is None:", "        return []"], Apply(text, guard).Split('\n')[2..4]);
        var called = text.Replace("queue = [(first, 0)]", "queue = walk(first, 0)", StringComparison.Ordinal);
        Assert.Empty(Edits(new EarlyReturnGuard(), SourceLanguage.Python, called, 2));
    }

    [Theory]
    [InlineData("    member = members.get(name)\n    if member is None:\n        return None\n    return member.title\n")]
    [InlineData("    member = members[name]\n    return member.title\n")]
    [InlineData("    member = members.get(name, GUEST)\n    return member.title\n")]
    [InlineData("    member = members.get(name)\n    return describe(member)\n")]
    [InlineData("    member = members.get(name)\n    member = member or GUEST\n    return member.title\n")]
    [InlineData("    member = compute(name)\n    return member.title\n")]
    public void NoGuardWhereTheValueIsCheckedCannotBeMissingOrIsNotDereferenced(string body)
    {
        var text = $"def compute(name):\n    return name.upper()\n\n\ndef badge(members, name):\n{body}";

        Assert.Empty(Edits(new EarlyReturnGuard(), SourceLanguage.Python, text, 6));
    }
}
