using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Localization;

public sealed class FaultLocalizerTests : IDisposable
{
    private readonly ScratchCheckout checkout = new();

    public void Dispose() => checkout.Dispose();

    private IReadOnlyList<RankedFile> Rank(string bug, string output, string? reproductionTest = null, IReadOnlySet<string>? excluded = null) =>
        new FaultLocalizer().Rank(checkout.Root, new LocalizationQuery(bug, output, reproductionTest, excluded), CancellationToken.None);

    private void WritePythonCalculator() => checkout
        .Write("src/calc.py", "from .util import clamp\n\n\ndef add(a, b):\n    total = a - b\n    return clamp(total)\n\n\ndef sub(a, b):\n    return a - b\n")
        .Write("src/util.py", "def clamp(value):\n    return max(-1000, min(1000, value))\n")
        .Write("src/report.py", "def render(rows):\n    return '\\n'.join(str(r) for r in rows)\n")
        .Write("tests/test_calc.py", "from src.calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n");

    [Fact]
    public void PutsThePythonFileOfTheDeepestFrameFirstAndSaysWhy()
    {
        WritePythonCalculator();
        const string output = """
            Traceback (most recent call last):
              File "/sandbox/ws-1/tests/test_calc.py", line 5, in test_add
                assert add(1, 2) == 3
              File "/sandbox/ws-1/src/calc.py", line 5, in add
                total = a - b
            TypeError: unsupported operand
            """;

        var ranked = Rank("add fails with a TypeError", output);

        Assert.Equal("src/calc.py", ranked[0].Path);
        Assert.Contains(5, ranked[0].ImplicatedLines);
        Assert.Contains(ranked[0].Reasons, r => r.Contains("line 5 in add", StringComparison.Ordinal));
        var test = Assert.Single(ranked, r => r.Path == "tests/test_calc.py");
        Assert.True(test.IsTest);
    }

    [Fact]
    public void RanksTheModuleUnderTestAboveTheTestWhoseAssertionFailed()
    {
        WritePythonCalculator();
        const string output = """
            Traceback (most recent call last):
              File "/sandbox/ws-1/tests/test_calc.py", line 5, in test_add
                assert add(1, 2) == 3
            AssertionError: assert -1 == 3
            """;
        const string reproduction = "from src.calc import add\n\n\ndef test_add_small():\n    assert add(1, 2) == 3\n";

        var ranked = Rank("1 + 2 is -1", output, reproduction);

        Assert.Equal(["src/calc.py", "tests/test_calc.py"], ranked.Take(2).Select(r => r.Path));
    }

    [Fact]
    public void RanksByTheFunctionTheBugNamesWhenThereIsNoStackFrame()
    {
        WritePythonCalculator();

        var ranked = Rank("Calling sub() with negative numbers gives a wrong result", "1 failed, 2 passed in 0.03s");

        Assert.Equal("src/calc.py", ranked[0].Path);
        Assert.Equal([9], ranked[0].ImplicatedLines);
        Assert.Contains("defines function 'sub' named in the bug", ranked[0].Reasons);
    }

    [Fact]
    public void PrefersTheDefinitionOverADecoyThatSharesTheBugsWords()
    {
        checkout
            .Write("app/dates.py", "import datetime\n\n\ndef parse_date(text):\n    day, month, year = text.split('-')\n    return datetime.date(int(year), int(day), int(month))\n")
            .Write("app/calendar_notes.py", string.Concat(Enumerable.Repeat(
                "# When the month and the day of a date string are swapped the wrong month comes back; dates with slashes parse wrongly.\n" +
                "MONTH_DAY_NOTES = ['month', 'day', 'wrong month', 'date string', 'slashes', 'parse']\n", 20)))
            .Write("app/views.py", "def index():\n    return 'ok'\n");

        const string bug = "parse_date swaps the month and the day: a date string like 03-04-2024 comes back with the wrong month, and dates with slashes parse wrongly";

        var ranked = Rank(bug, "FAILED tests/test_dates.py::test_month - assert 4 == 3");

        var byWordsAlone = CheckoutSnapshot.Load(checkout.Root, CancellationToken.None).Index.Search(bug, top: 1);
        Assert.Equal("app/calendar_notes.py", byWordsAlone[0].Path);
        Assert.Equal(["app/dates.py", "app/calendar_notes.py"], ranked.Take(2).Select(r => r.Path));
    }

    [Fact]
    public void FindsTheModuleTheReproductionTestImports()
    {
        checkout
            .Write("pkg/money/convert.py", "RATE = 1.1\n\n\ndef to_euro(amount):\n    return amount / RATE\n")
            .Write("pkg/money/format.py", "def show(amount):\n    return f'{amount:.2f}'\n")
            .Write("pkg/money/__init__.py", "");
        const string reproduction = "from pkg.money.convert import to_euro\n\n\ndef test_round_trip():\n    assert to_euro(110) == 100\n";

        var ranked = Rank("Conversions are off by a cent", "assert 100.00000000000001 == 100", reproduction);

        Assert.Equal("pkg/money/convert.py", ranked[0].Path);
        Assert.Contains("imported by the reproduction test", ranked[0].Reasons);
    }

    [Fact]
    public void PutsTheCSharpFileOfTheFrameFirstAndTheTestBelowIt()
    {
        checkout
            .Write("src/Acme/Calc.cs", "namespace Acme;\n\npublic static class Calc\n{\n    public static int Divide(int a, int b)\n    {\n        return a / b;\n    }\n}\n")
            .Write("src/Acme/Format.cs", "namespace Acme;\n\npublic static class Format\n{\n    public static string Show(int value) => value.ToString();\n}\n")
            .Write("tests/Acme.Tests/CalcTests.cs", "namespace Acme.Tests;\n\npublic class CalcTests\n{\n    [Fact]\n    public void DividesByZero() => Calc.Divide(1, 0);\n}\n");
        const string output = """
              Failed Acme.Tests.CalcTests.DividesByZero [3 ms]
              Error Message:
               System.DivideByZeroException : Attempted to divide by zero.
              Stack Trace:
                 at Acme.Calc.Divide(Int32 a, Int32 b) in /tmp/sandbox/src/Acme/Calc.cs:line 7
                 at Acme.Tests.CalcTests.DividesByZero() in /tmp/sandbox/tests/Acme.Tests/CalcTests.cs:line 6
            """;

        var ranked = Rank("Dividing by zero crashes", output);

        Assert.Equal(["src/Acme/Calc.cs", "tests/Acme.Tests/CalcTests.cs"], ranked.Take(2).Select(r => r.Path));
        Assert.True(ranked[1].IsTest);
    }

    [Fact]
    public void PutsTheJavaScriptFileOfTheFrameFirst()
    {
        checkout
            .Write("src/calc.js", "function add(a, b) {\n  return a - b;\n}\n\nmodule.exports = { add };\n")
            .Write("src/index.js", "const { add } = require('./calc');\nconsole.log(add(1, 2));\n")
            .Write("test/calc.test.js", "const { add } = require('../src/calc');\ntest('adds', () => expect(add(1, 2)).toBe(3));\n")
            .Write("node_modules/jest/index.js", "function add() {}\n");
        const string output = """
            Error: expect(received).toBe(expected)
                at add (/home/runner/work/src/calc.js:2:3)
                at Object.<anonymous> (/home/runner/work/test/calc.test.js:2:35)
                at Promise.then.completed (/home/runner/work/node_modules/jest-circus/build/utils.js:298:28)
            """;

        var ranked = Rank("add subtracts", output);

        Assert.Equal("src/calc.js", ranked[0].Path);
        Assert.DoesNotContain(ranked, r => r.Path.StartsWith("node_modules/", StringComparison.Ordinal));
        Assert.True(ranked.Single(r => r.Path == "test/calc.test.js").Score < ranked[0].Score);
    }

    [Fact]
    public void UsesTheJavaPackageToChooseBetweenFilesOfTheSameName()
    {
        const string calc = "package {0};\n\npublic class Calc {{\n    public int divide(int a, int b) {{\n        return a / b;\n    }}\n}}\n";
        checkout
            .Write("src/main/java/com/acme/legacy/Calc.java", string.Format(calc, "com.acme.legacy"))
            .Write("src/main/java/com/acme/calc/Calc.java", string.Format(calc, "com.acme.calc"))
            .Write("src/test/java/com/acme/calc/CalcTest.java", "package com.acme.calc;\n\nclass CalcTest {\n    @Test\n    void dividesByZero() {\n        new Calc().divide(1, 0);\n    }\n}\n");
        const string output = """
            java.lang.ArithmeticException: / by zero
                at com.acme.calc.Calc.divide(Calc.java:5)
                at com.acme.calc.CalcTest.dividesByZero(CalcTest.java:6)
            """;

        var ranked = Rank("divide by zero throws", output);

        Assert.Equal("src/main/java/com/acme/calc/Calc.java", ranked[0].Path);
        Assert.True(ranked.Single(r => r.Path.Contains("legacy", StringComparison.Ordinal)).Score < ranked[0].Score / 2);
    }

    [Fact]
    public void PutsTheGoFileFirstFromAGoTestFailureAndTheReproductionTest()
    {
        checkout
            .Write("go.mod", "module example.com/calc\n\ngo 1.22\n")
            .Write("calc/calc.go", "package calc\n\nfunc Add(a, b int) int {\n\treturn a - b\n}\n")
            .Write("calc/format.go", "package calc\n\nimport \"fmt\"\n\nfunc Show(v int) string {\n\treturn fmt.Sprint(v)\n}\n")
            .Write("calc/calc_test.go", "package calc\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n");
        const string reproduction = "package calc\n\nimport \"testing\"\n\nfunc TestAddPositive(t *testing.T) {\n\tif got := Add(2, 2); got != 4 {\n\t\tt.Fatalf(\"Add(2, 2) = %d\", got)\n\t}\n}\n";
        const string output = "--- FAIL: TestAddPositive (0.00s)\n    calc_repro_test.go:7: Add(2, 2) = 0\nFAIL\nFAIL\texample.com/calc/calc\t0.002s\n";

        var ranked = Rank("Add returns the wrong sum", output, reproduction);

        Assert.Equal("calc/calc.go", ranked[0].Path);
        Assert.Equal([3], ranked[0].ImplicatedLines);
    }

    [Fact]
    public void LeavesOutExcludedFilesAndBreaksTiesByPath()
    {
        checkout
            .Write("b/shape.py", "def area(r):\n    return r\n")
            .Write("a/shape.py", "def area(r):\n    return r\n")
            .Write("c/shape.py", "def area(r):\n    return r\n");

        var ranked = Rank("area is wrong", "", excluded: new HashSet<string> { "c/shape.py" });

        Assert.Equal(["a/shape.py", "b/shape.py"], ranked.Select(r => r.Path));
        Assert.Equal(ranked[0].Score, ranked[1].Score);
    }
}
