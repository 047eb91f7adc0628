using Asa.Repair.Tests.Localization;
using Asa.Repair.Localization;
using Asa.Repair.Protection;
using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Protection;

public sealed class TestProtectionTests : IDisposable
{
    private readonly ScratchCheckout checkout = new();

    [Fact]
    public void ADjangoStyleTestsModuleIsProtectedBecauseTheRunReportsTestsFromIt()
    {
        checkout.Write("shop/models.py", "def price(x):\n    return x\n").Write("shop/tests.py", "from shop.models import price\n\ndef test_price():\n    assert price(1) == 1\n");

        var protection = Find(Report(("shop.tests::test_price", "shop.tests")));

        Assert.Equal("the test run reports tests from it (pytest JUnit XML)", protection.ReasonFor("shop/tests.py"));
        Assert.Null(protection.ReasonFor("shop/models.py"));
    }

    [Fact]
    public void AScriptTheTestCommandRunsIsProtected()
    {
        checkout.Write("calc.py", "def add(a, b):\n    return a - b\n").Write("check.py", "from calc import add\nassert add(2, 3) == 5\n");

        var protection = Find(null, "python3 check.py");

        Assert.Equal("the test command runs it", protection.ReasonFor("check.py"));
        Assert.Null(protection.ReasonFor("calc.py"));
    }

    [Fact]
    public void EverySourceFileOfADotnetProjectTheCommandRunsByNameIsProtected()
    {
        checkout.Write("Pricing/Pricing.csproj", "<Project />").Write("Pricing/Discounts.cs", "class Discounts {}")
            .Write("Checks/Checks.csproj", "<Project />").Write("Checks/Program.cs", "return 0;").Write("Checks/Support/Check.cs", "class Check {}");

        var protection = Find(null, "dotnet run --project Checks");

        Assert.Equal("the test command runs it", protection.ReasonFor("Checks/Program.cs"));
        Assert.Equal("the test command runs it", protection.ReasonFor("Checks/Support/Check.cs"));
        Assert.Null(protection.ReasonFor("Pricing/Discounts.cs"));
        Assert.Null(Find(null, "dotnet run").ReasonFor("Checks/Program.cs"));
    }

    [Fact]
    public void AFileInASubdirectoryTheCommandCdsIntoIsProtected()
    {
        checkout.Write("pkg/lib.js", "module.exports = 1;\n").Write("pkg/test.js", "require('./lib');\n");

        Assert.Equal("the test command runs it", Find(null, "cd pkg && node test.js").ReasonFor("pkg/test.js"));
    }

    [Fact]
    public void ADataLoaderOnlyTheTestsImportAndTheDataItReadsAreProtected()
    {
        checkout.Write("parse.py", "def parse(text):\n    return int(text)\n")
            .Write("data_loader.py", "import json\n\ndef rows():\n    with open('cases.jsonl') as f:\n        return [json.loads(line) for line in f]\n")
            .Write("cases.jsonl", "{\"text\": \"1\", \"value\": 1}\n")
            .Write("test_parse.py", "import pytest\nfrom data_loader import rows\nfrom parse import parse\n")
            .Write("reader.py", "def read(path):\n    with open(path) as f:\n        return f.read()\n")
            .Write("test_reader.py", "from reader import read\n");

        var protection = Find(Report(("test_parse::test_row[0]", "test_parse")));

        Assert.Equal("only tests import it, and it loads the tests' data", protection.ReasonFor("data_loader.py"));
        Assert.Equal("test code reads it as test data", protection.ReasonFor("cases.jsonl"));
        Assert.Null(protection.ReasonFor("parse.py"));
        // A library that reads whatever path it is given is code under test, even when only tests import it.
        Assert.Null(protection.ReasonFor("reader.py"));
    }

    [Theory]
    [InlineData("src/main/java/shop/CartChecks.java", "import org.junit.Test;\npublic class CartChecks {\n  @Test public void total() {}\n}\n")]
    [InlineData("Shop/CartChecks.cs", "public class CartChecks\n{\n    [Fact]\n    public void Total() { }\n}\n")]
    [InlineData("checks/cart.py", "import unittest\n\nclass Cart(unittest.TestCase):\n    pass\n")]
    [InlineData("checks/cart.js", "const { test } = require('node:test');\n")]
    public void AFileDeclaringTestsIsProtectedWhateverItsName(string path, string text)
    {
        checkout.Write(path, text);

        Assert.Equal("it declares tests", Find(null).ReasonFor(path));
    }

    [Theory]
    [InlineData("conftest.py", "it configures how the tests run")]
    [InlineData("pytest.ini", "it configures how the tests run")]
    [InlineData("sitecustomize.py", "it configures how the tests run")]
    [InlineData("setup.cfg", "it configures how the tests run")]
    [InlineData("package.json", "it configures how the tests run")]
    [InlineData("jest.config.js", "it configures how the tests run")]
    [InlineData("src/App/App.csproj", "it configures how the tests run")]
    [InlineData("Directory.Build.props", "it configures how the tests run")]
    [InlineData("test.runsettings", "it configures how the tests run")]
    [InlineData("build.gradle.kts", "it configures how the tests run")]
    [InlineData(".github/workflows/ci.yml", "it is CI configuration")]
    [InlineData("tests/helpers.py", "it is named as a test")]
    public void FilesThatSteerTheRunnerAreProtectedByNameEvenWhenNew(string path, string reason) =>
        Assert.Equal(reason, TestProtection.ByNameOnly.ReasonFor(path));

    public void Dispose() => checkout.Dispose();

    private TestProtection Find(TestReport? report, string? command = "python3 -m pytest -q") =>
        TestProtection.Find(CheckoutSnapshot.Load(checkout.Root, CancellationToken.None), report, command);

    private static TestReport Report(params (string Id, string Location)[] tests) =>
        new("pytest JUnit XML", tests.ToDictionary(t => t.Id, t => new TestResult(TestOutcome.Failed, "", t.Location)));
}
