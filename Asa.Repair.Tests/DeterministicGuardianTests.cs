using Asa.Repair.Protection;
using Asa.Repair.Guardian;

namespace Asa.Repair.Tests;

public sealed class DeterministicGuardianTests
{
    private const string Bug = GuardianReview.Bug;
    private const string Calc = GuardianReview.Calc;
    private const string FixedCalc = "def add(a, b):\n    return a + b\n";
    private const string CalcTest = "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n    assert add(0, 0) == 0\n";
    private const string ReproductionTest = GuardianReview.ReproductionTest;

    private static IReadOnlyList<string> Review(
        string path, string? original, string changed, string bug = Bug, IEnumerable<string>? shown = null) =>
        GuardianReview.Review(path, original, changed, bug, shown);

    [Fact]
    public void PassesASmallOrdinaryBugFix()
    {
        Assert.Empty(Review("src/calc.py", Calc, FixedCalc));
    }

    [Fact]
    public void PassesANewFileAndAnUnchangedTestFile()
    {
        var reasons = DeterministicGuardian.Review(new GuardianInput(
            Bug,
            new Dictionary<string, string?> { ["src/calc.py"] = Calc, ["src/helpers.py"] = null, ["tests/test_calc.py"] = CalcTest },
            new Dictionary<string, string>
            {
                ["src/calc.py"] = FixedCalc,
                ["src/helpers.py"] = "def twice(x):\n    return 2 * x\n",
                ["tests/test_calc.py"] = CalcTest + "\n\ndef test_add_negative():\n    assert add(-1, -1) == -2\n",
            },
            new HashSet<string> { "src/calc.py", "tests/test_calc.py" },
            new HashSet<string> { ReproductionTest }));

        Assert.Empty(reasons);
    }

    [Fact]
    public void RejectsAnInvalidPath()
    {
        var reasons = Review("../secrets.txt", null, "x\n");

        Assert.Equal(["The fix edits '../secrets.txt', which is not a valid repository path: the path has a '..' segment."], reasons);
    }

    [Fact]
    public void RejectsEditingTheReproductionTest()
    {
        var reasons = Review(ReproductionTest, "def test_bug():\n    assert add(2, 3) == 5\n", "def test_bug():\n    pass\n");

        Assert.Equal([$"The fix edits the reproduction test {ReproductionTest}."], reasons);
    }

    [Fact]
    public void RejectsEditingAFileTheModelWasNotShown()
    {
        var reasons = Review("src/other.py", "x = 1\n", "x = 2\n", shown: ["src/calc.py"]);

        Assert.Equal(["The fix edits src/other.py, which the model was not shown."], reasons);
    }

    [Fact]
    public void AllowsCreatingAFileTheModelWasNotShown()
    {
        Assert.Empty(Review("src/new.py", null, "x = 2\n", shown: ["src/calc.py"]));
    }

    [Fact]
    public void RejectsRemovingAnAssertionFromATest()
    {
        var reasons = Review("tests/test_calc.py", CalcTest, CalcTest.Replace("    assert add(2, 3) == 5\n", ""));

        Assert.Equal(["The fix removes an assertion from the test file tests/test_calc.py ('assert add(2, 3) == 5')."], reasons);
    }

    [Fact]
    public void RejectsChangingWhatAnAssertionExpects()
    {
        var reasons = Review("tests/test_calc.py", CalcTest, CalcTest.Replace("== 5", "== -1"));

        Assert.Single(reasons);
    }

    [Fact]
    public void AllowsMovingAnAssertionWithinATest()
    {
        var moved = "from calc import add\n\n\ndef test_add():\n    assert add(0, 0) == 0\n    assert add(2, 3) == 5\n";

        Assert.Empty(Review("tests/test_calc.py", CalcTest, moved));
    }

    [Fact]
    public void RejectsDeletingATestFile()
    {
        Assert.Equal(["The fix deletes the test file tests/test_calc.py."], Review("tests/test_calc.py", CalcTest, ""));
    }

    [Fact]
    public void AllowsRemovingAnAssertOutsideTests()
    {
        Assert.Empty(Review("src/calc.py", "def f(x):\n    assert x > 0\n    return x\n", "def f(x):\n    return x\n"));
    }

    [Theory]
    [InlineData("tests/test_calc.py", "@pytest.mark.skip(reason=\"flaky\")", "@pytest.mark.skip")]
    [InlineData("test_calc.py", "    pytest.skip(\"later\")", "pytest.skip(")]
    [InlineData("calc_test.py", "@unittest.skip(\"later\")", "@unittest.skip")]
    [InlineData("src/Calc.Tests/CalcTests.cs", "    [Fact(Skip = \"later\")]", "Skip =")]
    [InlineData("src/CalcTests.cs", "    [Theory(Skip = \"later\")]", "Skip =")]
    [InlineData("src/calc.test.js", "it.skip('adds', () => {", "it.skip")]
    [InlineData("src/calc.spec.ts", "describe.skip('calc', () => {", "describe.skip")]
    [InlineData("src/__tests__/calc.js", "test.skip('adds', () => {", "test.skip")]
    [InlineData("src/calc.test.ts", "xit('adds', () => {", "xit(")]
    [InlineData("src/CalcTest.java", "    @Ignore", "@Ignore")]
    [InlineData("src/test/java/CalcTest.java", "    @Disabled", "@Disabled")]
    [InlineData("calc_test.go", "\tt.Skip(\"later\")", "t.Skip")]
    public void RejectsAddingASkipMarkerToATest(string path, string line, string marker)
    {
        var reasons = Review(path, "original\n", "original\n" + line + "\n");

        Assert.Equal([$"The fix adds a skip marker ({marker}) to the test file {path}."], reasons);
    }

    [Theory]
    [InlineData("tests/test_calc.py", "assert add(1, 1) == 2")]
    [InlineData("src/CalcTests.cs", "Assert.Equal(2, Add(1, 1));")]
    [InlineData("src/CalcTest.cs", "result.Should().Be(2);")]
    [InlineData("src/calc.test.js", "expect(add(1, 1)).toBe(2);")]
    [InlineData("src/CalcTest.java", "assertEquals(2, add(1, 1));")]
    [InlineData("calc_test.go", "t.Errorf(\"got %d\", got)")]
    [InlineData("pkg/calc_test.go", "t.Fatal(err)")]
    public void RecognisesAssertionsOfEachTestFramework(string path, string assertion)
    {
        var reasons = Review(path, "before\n" + assertion + "\nafter\n", "before\nafter\n");

        Assert.Single(reasons);
    }

    [Theory]
    [InlineData("src/calc.py")]
    [InlineData("src/Latest.cs")]
    [InlineData("src/contest.py")]
    public void DoesNotTreatOrdinaryFilesAsTests(string path)
    {
        Assert.Empty(Review(path, "before\nassert x\nafter\n", "before\nafter\n"));
    }

    [Theory]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData(".gitlab-ci.yml")]
    [InlineData(".ci/run.sh")]
    [InlineData("Dockerfile")]
    [InlineData("docker/Dockerfile.dev")]
    [InlineData("Makefile")]
    [InlineData("setup.py")]
    [InlineData("pyproject.toml")]
    [InlineData("src/App/App.csproj")]
    [InlineData("pom.xml")]
    [InlineData("app/build.gradle")]
    public void RejectsChangesToBuildAndCiFiles(string path)
    {
        Assert.Equal(
            [$"The fix changes the CI, build or packaging file {path}, which the bug description does not name."],
            Review(path, "old\n", "new\n"));
    }

    [Theory]
    [InlineData("pyproject.toml", "pyproject.toml pins the wrong package name")]
    [InlineData(".github/workflows/ci.yml", "The ci.yml workflow runs the tests twice")]
    public void AllowsBuildChangesTheBugDescriptionNames(string path, string bug)
    {
        Assert.Empty(Review(path, "old\n", "new\n", bug));
    }

    [Fact]
    public void PackageJsonIsABuildFileOnlyForItsScripts()
    {
        const string original = """{ "name": "calc", "scripts": { "test": "jest" }, "dependencies": { "left-pad": "1.0.0" } }""";

        var dependencyBump = Review("package.json", original, original.Replace("1.0.0", "1.3.0"));
        var scriptChange = Review("package.json", original, original.Replace("\"jest\"", "\"jest || true\""));

        Assert.Empty(dependencyBump);
        Assert.Equal(["The fix changes the CI, build or packaging file package.json, which the bug description does not name."], scriptChange);
    }

    [Fact]
    public void ReportsEveryViolationInPathOrder()
    {
        var reasons = DeterministicGuardian.Review(new GuardianInput(
            Bug,
            new Dictionary<string, string?> { ["src/calc.py"] = Calc, ["Makefile"] = "all:\n\ttrue\n" },
            new Dictionary<string, string> { ["src/calc.py"] = FixedCalc + "import subprocess\n", ["Makefile"] = "all:\n\tfalse\n" },
            new HashSet<string> { "src/calc.py", "Makefile" },
            new HashSet<string>()));

        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("The fix changes the CI, build or packaging file Makefile", reasons[0]);
        Assert.StartsWith("The fix adds process or shell execution to src/calc.py", reasons[1]);
    }

    [Theory]
    [InlineData("conftest.py", null, "import pytest\n\ndef pytest_collection_modifyitems(items):\n    items.clear()\n", "creates", "it configures how the tests run")]
    [InlineData("shop/tests.py", "def test_price():\n    assert price(1) == 1\n", "def test_price():\n    assert price(1) != 1\n", "edits", "it declares tests")]
    [InlineData("cases.jsonl", "{\"a\": 1}\n", "", "deletes", "test code reads it as test data")]
    public void RejectsAnyChangeToAProtectedTestFileNamingTheFileAndTheReason(string path, string? original, string changed, string verb, string reason)
    {
        var protection = new Dictionary<string, string> { ["shop/tests.py"] = "it declares tests", ["cases.jsonl"] = "test code reads it as test data" };

        var reasons = DeterministicGuardian.Review(new GuardianInput(
            Bug, new Dictionary<string, string?> { [path] = original }, new Dictionary<string, string> { [path] = changed },
            new HashSet<string> { "shop/tests.py", "cases.jsonl" }, new HashSet<string> { ReproductionTest }, TestProtection.Of(protection)));

        Assert.Equal([$"The fix {verb} {path}, which no fix may touch because {reason}: a fix changes the code under test, never its tests or test configuration."], reasons);
    }
}
