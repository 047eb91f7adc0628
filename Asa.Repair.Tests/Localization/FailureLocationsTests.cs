using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Localization;

public sealed class FailureLocationsTests
{
    [Fact]
    public void ReadsAPythonTracebackDeepestFrameFirst()
    {
        const string output = """
            Traceback (most recent call last):
              File "/ws/tests/test_calc.py", line 5, in test_add
                assert add(1, 2) == 3
              File "/ws/src/calc.py", line 12, in add
                return a - b
            AssertionError
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal([new FailureFrame("/ws/src/calc.py", 12, "add"), new FailureFrame("/ws/tests/test_calc.py", 5, "test_add")], frames);
    }

    [Fact]
    public void ReadsPytestShortFormsWithTheFunctionWhenGiven()
    {
        const string output = """
            ______________________________ test_add ______________________________
            tests/test_calc.py:5: in test_add
                assert add(1, 2) == 3
            _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _
            E   AssertionError
            src/calc.py:12: AssertionError
            =========================== short test summary info ===========================
            FAILED tests/test_calc.py::test_add - AssertionError
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal([new FailureFrame("src/calc.py", 12, null), new FailureFrame("tests/test_calc.py", 5, "test_add")], frames);
    }

    [Fact]
    public void ReadsADotNetStackTraceIncludingAsyncStateMachines()
    {
        const string output = """
            System.DivideByZeroException : Attempted to divide by zero.
               at Acme.Calc.Divide(Int32 a, Int32 b) in /ws/src/Calc.cs:line 12
               at Acme.Service.<RunAsync>d__4.MoveNext() in /ws/src/Service.cs:line 30
               at Acme.Tests.CalcTests.DividesByZero() in /ws/tests/CalcTests.cs:line 9
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal(
            [new FailureFrame("/ws/src/Calc.cs", 12, "Divide"), new FailureFrame("/ws/src/Service.cs", 30, "RunAsync"), new FailureFrame("/ws/tests/CalcTests.cs", 9, "DividesByZero")],
            frames);
    }

    [Fact]
    public void ReadsNodeFramesNamedAnonymousAndAsFileUrls()
    {
        const string output = """
            AssertionError [ERR_ASSERTION]: 3 == -1
                at add (/ws/src/calc.js:12:5)
                at async Context.<anonymous> (/ws/test/calc.test.js:7:3)
                at /ws/src/runner.js:40:11
                at file:///ws/src/esm.mjs:3:9
                at node:internal/process/task_queues:95:5
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal(
            [
                new FailureFrame("/ws/src/calc.js", 12, "add"),
                new FailureFrame("/ws/test/calc.test.js", 7, null),
                new FailureFrame("/ws/src/runner.js", 40, null),
                new FailureFrame("/ws/src/esm.mjs", 3, null),
            ],
            frames.Where(f => !f.Path.StartsWith("node:", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReadsJavaFramesAsPackagePathsAndLeavesOutTheJdk()
    {
        const string output = """
            java.lang.ArithmeticException: / by zero
                at com.acme.calc.Calc.divide(Calc.java:12)
                at com.acme.calc.CalcTest.dividesByZero(CalcTest.java:9)
                at java.base/java.lang.reflect.Method.invoke(Method.java:580)
                at org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:725)
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal([new FailureFrame("com/acme/calc/Calc.java", 12, "divide"), new FailureFrame("com/acme/calc/CalcTest.java", 9, "dividesByZero")], frames);
    }

    [Fact]
    public void ReadsGoPanicsWithTheirFunctionAndGoTestMessages()
    {
        const string output = """
            --- FAIL: TestAdd (0.00s)
                calc_test.go:12: Add(1, 2) = -1, want 3
            panic: runtime error: integer divide by zero [recovered]
            goroutine 7 [running]:
            example.com/calc.(*Calc).Divide(...)
            	/ws/calc.go:21 +0x1d
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal([new FailureFrame("calc_test.go", 12, null), new FailureFrame("/ws/calc.go", 21, "Divide")], frames);
    }

    [Fact]
    public void ReadsCompilerErrorsInTheMsBuildForm()
    {
        const string output = """
            /ws/src/Calc.cs(12,5): error CS1002: ; expected [/ws/src/Calc.csproj]
            src/app.ts(3,10): error TS2322: Type 'string' is not assignable to type 'number'.
            /ws/src/Other.cs(4,1): warning CS0168: The variable 'x' is declared but never used
            """;

        var frames = FailureLocations.Parse(output);

        Assert.Equal([new FailureFrame("/ws/src/Calc.cs", 12, null), new FailureFrame("src/app.ts", 3, null)], frames);
    }

    [Fact]
    public void FindsNothingInOutputWithoutLocations()
    {
        Assert.Empty(FailureLocations.Parse("1 failed, 3 passed in 0.12s\nsee https://example.com:443/docs for help"));
    }
}
