using Asa.Repair.Engine;
using Asa.Repair.Indexing;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// Three expression shapes on code written for these tests: a call of the standard library's name easily confused with
/// the right one (ManySStuBs4J "different method same args", TBar FP10), an arithmetic operand dropped with its
/// operator (PIT's AOD, TBar FP11/FP9), and a library conversion passed by reference replaced by another of its family.
/// </summary>
public sealed class ExpressionShapesTests
{
    [Fact]
    public void APythonSplitMayHaveMeantTheLibrarysRsplitThoughTheFileNeverCallsIt()
    {
        const string code = "def extension(filename):\n    stem, ext = filename.split(\".\", 1)\n    return ext.lower()\n";

        var library = Proposed(new IdentifierReplacement(), SourceLanguage.Python, code, 2).Where(p => p.Description.Contains("library", StringComparison.Ordinal)).ToList();

        Assert.Equal(["stem, ext = filename.rsplit(\".\", 1)", "stem, ext = filename.splitext(\".\", 1)", "stem, ext = filename.splitlines(\".\", 1)"],
            library.Select(p => LineOf(p.Changed, 2)));
        Assert.All(library, p => Assert.Equal(0.4, p.Prior));
    }

    [Fact]
    public void AJavaScriptGlobalAndAMethodGetTheirLongerLibraryNames()
    {
        const string code = "function lastSlot(slots, wanted) {\n  const at = slots.indexOf(wanted);\n  return decodeURI(slots[at]);\n}\n";

        var atIndex = Proposed(new IdentifierReplacement(), SourceLanguage.JavaScript, code, 2);
        var atDecode = Proposed(new IdentifierReplacement(), SourceLanguage.JavaScript, code, 3);

        Assert.Contains("const at = slots.lastIndexOf(wanted);", atIndex.Select(p => LineOf(p.Changed, 2)));
        Assert.Contains("return decodeURIComponent(slots[at]);", atDecode.Select(p => LineOf(p.Changed, 3)));
    }

    [Fact]
    public void ANameTheFileAlreadyCallsKeepsTheFilesHigherPriorAndIsNotProposedTwice()
    {
        const string code = "function bounds(list, x) {\n  const first = list.indexOf(x);\n  const last = list.lastIndexOf(x);\n  return [first, last];\n}\n";

        var edits = Proposed(new IdentifierReplacement(), SourceLanguage.JavaScript, code, 2);

        var lastIndexOf = Assert.Single(edits, p => LineOf(p.Changed, 2) == "const first = list.lastIndexOf(x);");
        Assert.Equal(0.6, lastIndexOf.Prior);
    }

    [Fact]
    public void AMethodOnAReceiverTheFileDoesNotDefineGetsAtMostFourLibraryNamesClosestFirst()
    {
        const string code = "class Picker\n{\n    string Pick(List<string> choices) => choices.Default();\n}\n";

        var library = Proposed(new IdentifierReplacement(), SourceLanguage.CSharp, code, 3).Where(p => p.Description.Contains("library", StringComparison.Ordinal));

        Assert.Equal(["LastOrDefault", "FirstOrDefault", "SingleOrDefault", "GetValueOrDefault"],
            library.Select(p => LineOf(p.Changed, 3).Split("choices.")[1].Split('(')[0]));
    }

    [Fact]
    public void NoLibraryNameReplacesAFunctionTheFileDeclaresNorAnUnrelatedLookalike()
    {
        const string python = "def fetch(url):\n    return url\n\n\ndef load(url):\n    return fetch(url)\n";
        const string javaScript = "function parse(text) {\n  return parseInt(text, 10);\n}\n";
        const string java = "class Doc {\n  String body() { return \"\"; }\n  int size(Doc doc) { return doc.body().length(); }\n}\n";

        Assert.DoesNotContain(Proposed(new IdentifierReplacement(), SourceLanguage.Python, python, 6), p => p.Description.Contains("library", StringComparison.Ordinal));
        Assert.DoesNotContain(Proposed(new IdentifierReplacement(), SourceLanguage.JavaScript, javaScript, 2), p => p.Changed.Contains("parseFloat", StringComparison.Ordinal));
        Assert.DoesNotContain(Proposed(new IdentifierReplacement(), SourceLanguage.Java, java, 3), p => p.Description.Contains("'body' to the library", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("indexOf", "lastIndexOf", true)]
    [InlineData("strip", "rstrip", true)]
    [InlineData("sum", "fsum", true)]
    [InlineData("find", "findIndex", true)]
    [InlineData("parseInt", "parseFloat", false)]
    [InlineData("get", "getOrDefault", false)]
    [InlineData("map", "flatMap", false)]
    [InlineData("join", "isdisjoint", false)]
    [InlineData("difference", "symmetric_difference", true)]
    public void TwoNamesAreConfusableWhenOneContainsTheOtherOrAddsAShortAffix(string name, string other, bool confusable) =>
        Assert.Equal(confusable, StandardLibraryNames.AreConfusable(name, other));

    [Fact]
    public void AProductOfOneLevelLosesEachOfItsOperandsLastFirst()
    {
        const string code = "def paint_needed(width, height, coats):\n    litres = width * height * coats\n    return litres\n";

        var edits = Proposed(new ArithmeticOperandDeletion(), SourceLanguage.Python, code, 2);

        Assert.Equal(["litres = width * height", "litres = width * coats", "litres = height * coats"], edits.Select(p => LineOf(p.Changed, 2)));
        Assert.All(edits, p => Assert.Equal(0.4, p.Prior));
    }

    [Fact]
    public void AMixedChainLosesWholeTermsOrATrailingFactorButNeverAcrossPrecedenceLevels()
    {
        const string code = "function fare(base, rate, minutes) {\n  return base + rate * minutes;\n}\n";

        var lines = Proposed(new ArithmeticOperandDeletion(), SourceLanguage.JavaScript, code, 2).Select(p => LineOf(p.Changed, 2)).ToList();

        Assert.Equal(["return base + rate;", "return base;", "return rate * minutes;"], lines);
        Assert.DoesNotContain("return base + minutes;", lines);
        Assert.DoesNotContain("return base * minutes;", lines);
    }

    [Fact]
    public void ASubtractedOffsetIsDroppedInJava()
    {
        const string code = "class Ruler {\n    int mark(int x, int offset) {\n        return x - offset;\n    }\n}\n";

        var lines = Proposed(new ArithmeticOperandDeletion(), SourceLanguage.Java, code, 3).Select(p => LineOf(p.Changed, 3)).ToList();

        Assert.Equal(["return x;", "return offset;"], lines);
    }

    [Fact]
    public void OperandsInsideBracketsAndAfterAPowerStayWhole()
    {
        const string code = "def middle(low, high, scale):\n    return (low + high) // 2 * scale ** -1\n";

        var lines = Proposed(new ArithmeticOperandDeletion(), SourceLanguage.Python, code, 2).Select(p => LineOf(p.Changed, 2)).ToList();

        Assert.Equal(["return (low) // 2 * scale ** -1", "return (low + high) // 2", "return (high) // 2 * scale ** -1", "return (low + high) * scale ** -1"], lines);
    }

    [Fact]
    public void NoOperandIsDroppedFromAStringALoneOperandAConcatenationOrAChainThatGoesOnToTheNextLine()
    {
        const string code = "def label(total, count, extra):\n    note = \"a * b * c\"\n    shown = total\n    text = \"Total: \" + str(total)\n"
                            + "    more = count + 1\n    value = (total +\n             extra * count)\n    return note, shown, text, more, value\n";

        foreach (var line in new[] { 1, 2, 3, 4, 6, 7 })
        {
            Assert.Empty(Proposed(new ArithmeticOperandDeletion(), SourceLanguage.Python, code, line));
        }
        // Dropping the "+ 1" is BoundShift's edit; only the other operand is left to this one.
        Assert.Equal(["more = 1"], Proposed(new ArithmeticOperandDeletion(), SourceLanguage.Python, code, 5).Select(p => LineOf(p.Changed, 5)));
    }

    [Fact]
    public void ALineOfManyChainsMakesAtMostFourDeletions()
    {
        const string code = "function mix(a, b, c, d, e, f) {\n  return combine(a * b * c, d * e * f);\n}\n";

        var edits = Proposed(new ArithmeticOperandDeletion(), SourceLanguage.JavaScript, code, 2);

        Assert.Equal(["return combine(a * b, d * e * f);", "return combine(a * b * c, d * e);", "return combine(a * c, d * e * f);", "return combine(a * b * c, d * f);"],
            edits.Select(p => LineOf(p.Changed, 2)));
    }

    [Fact]
    public void ARegularExpressionIsNotTakenForADivision()
    {
        const string code = "function words(text) {\n  return text.split(/a+b/g).length;\n}\n";

        Assert.Empty(Proposed(new ArithmeticOperandDeletion(), SourceLanguage.JavaScript, code, 2));
    }

    [Fact]
    public void AJavaScriptConversionPassedToAnIteratorMethodMayHaveMeantAnotherOfItsFamily()
    {
        const string code = "function quantities(line) {\n  const parts = line.split(';');\n  return parts.map(parseInt);\n}\n";

        var edits = Proposed(new CallbackReference(), SourceLanguage.JavaScript, code, 3);

        Assert.Equal(["return parts.map(Boolean);", "return parts.map(Number);", "return parts.map(String);", "return parts.map(parseFloat);"],
            edits.Select(p => LineOf(p.Changed, 3)).Order(StringComparer.Ordinal));
        Assert.Empty(Proposed(new CallbackReference(), SourceLanguage.JavaScript, code, 2));
    }

    [Fact]
    public void APythonConversionPassedToMapOrAsAKeyMayHaveMeantAnotherOfItsFamily()
    {
        const string code = "def prices(fields):\n    values = list(map(int, fields))\n    return sorted(values, key=str)\n";

        var mapped = Proposed(new CallbackReference(), SourceLanguage.Python, code, 2).Select(p => LineOf(p.Changed, 2)).ToList();
        var keyed = Proposed(new CallbackReference(), SourceLanguage.Python, code, 3).Select(p => LineOf(p.Changed, 3)).ToList();

        Assert.Contains("values = list(map(float, fields))", mapped);
        Assert.Equal(5, mapped.Count);
        Assert.Contains("return sorted(values, key=float)", keyed);
    }

    [Fact]
    public void ACalledConversionATupleOfTypesAndAConversionAssignedAreNoCallbacks()
    {
        const string python = "def check(x, parse):\n    ok = isinstance(x, (int, float))\n    parse = int\n    return int(x) if ok else parse\n";
        const string javaScript = "function parse(text) {\n  return [parseInt(text, 10), Number];\n}\n";

        Assert.Empty(Enumerable.Range(2, 3).SelectMany(line => Proposed(new CallbackReference(), SourceLanguage.Python, python, line)));
        Assert.Empty(Proposed(new CallbackReference(), SourceLanguage.JavaScript, javaScript, 2));
    }

    private sealed record Proposal(string Description, string Changed, double Prior);

    private static List<Proposal> Proposed(IMutationOperator op, SourceLanguage language, string text, int line)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, (1, text.Split('\n').Length));
        return [.. op.Propose(site).Select(e => new Proposal(e.Description, site.Replace(e.Start, e.Length, e.Replacement), e.Prior))];
    }

    private static string LineOf(string text, int line) => text.Split('\n')[line - 1].Trim();
}
