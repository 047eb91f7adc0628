using System.Text;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using LibGit2Sharp;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// The embedded engine on repositories shaped as real ones are, end to end through the stack: tests that are not
/// named as tests, tests parametrised from data a helper loads, a test broken on main beside the bug, a bug that makes
/// the tests hang, a test command that runs in a subdirectory. A fix goes in the code under test, and the tests that
/// failed must run and pass.
/// </summary>
public sealed class RepositoryShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    // A .NET library project, and the bug both .NET cases fix in it.
    private const string DotnetProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
        </Project>

        """;

    private const string Discounts =
        "namespace Pricing;\n\npublic static class Discounts\n{\n    public static int Apply(int price, int percent) => price + price * percent / 100;\n}\n";

    [Fact]
    public async Task AnEditThatEmptiesTheParametrisedTestsIsNeverAFix()
    {
        await using var worker = await stack.EngineWorkerAsync();
        // No single edit fixes tax(); the one edit that makes the run pass turns `in` into `not in`, which leaves the
        // parametrised test with no case: pytest skips it and exits 0.
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("prices.py", """
                RATES = {"standard": 0.2, "reduced": 0.05}
                BANDS = ("standard", "reduced")


                def rows():
                    return [(band, RATES[band]) for band in RATES if band in BANDS]


                def tax(amount, band):
                    return round(amount * RATES[band] * 2 + 1, 2)

                """)
            .WithFile("tests/test_prices.py", """
                import pytest

                from prices import rows, tax


                @pytest.mark.parametrize("band,rate", rows())
                def test_tax(band, rate):
                    assert tax(100, band) == 100 * rate

                """)
            .Commit("Tax bands")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "tax(100, 'standard') returns 41.0 instead of 20.0", "python3 -m pytest -q tests");

        Assert.Equal(TaskState.Failed, task.Status);
        Assert.StartsWith("The embedded engine found no fix:", task.Error.Message);
        Assert.Equal(("exhausted", 0), (task.RepairSearch.Stopped, task.RepairSearch.Passed));
        Assert.Null(task.Fix);
    }

    [Fact]
    public async Task TestsParametrisedFromDataAHelperLoadsAreFixedInTheCodeUnderTestAndTheHelperAndDataStayAsTheyAre()
    {
        await using var worker = await stack.EngineWorkerAsync();
        // The shape of the held-out case: a loader beside the tests, not named as a test, reads the test data line by line.
        using var repository = await new GitRepositoryBuilder()
            .WithFile("parse.py", """"
                def parse_amount(text):
                    """'12.50 EUR' in cents: 1250."""
                    number, _currency = text.split(" ")
                    units, cents = number.split(".")
                    return int(units) * 100 - int(cents)

                """")
            .WithFile("data_loader.py", """
                import json
                import os


                def cases():
                    with open(os.path.join(os.path.dirname(__file__), "cases.jsonl")) as f:
                        rows = [json.loads(line) for line in f]
                    return [(row["text"], row["cents"]) for row in rows]

                """)
            .WithFile("cases.jsonl", "{\"text\": \"12.50 EUR\", \"cents\": 1250}\n{\"text\": \"0.99 EUR\", \"cents\": 99}\n{\"text\": \"3.00 EUR\", \"cents\": 300}\n")
            .WithFile("test_parse.py", """
                import pytest

                from data_loader import cases
                from parse import parse_amount


                @pytest.mark.parametrize("text,cents", cases())
                def test_parse_amount(text, cents):
                    assert parse_amount(text) == cents

                """)
            .Commit("Amounts")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "parse_amount('12.50 EUR') returns 1150 instead of 1250 cents", "python3 -m pytest -q");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["parse.py"], task.Fix.ChangedFiles);
        Assert.Contains("+    return int(units) * 100 + int(cents)", task.Fix.Diff);
        Assert.StartsWith("Judged by each test's outcome (pytest JUnit XML)", task.Fix.Verification);
        Assert.Empty(task.Fix.PreexistingFailures);
    }

    [Fact]
    public async Task ADjangoStyleTestsModuleIsNeverEditedAndTheModelIsFixed()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("shop/__init__.py", "")
            .WithFile("shop/models.py", "def discounted(price, percent):\n    return price + price * percent // 100\n")
            .WithFile("shop/tests.py", """
                from shop.models import discounted


                def test_ten_percent_off():
                    assert discounted(200, 10) == 180


                def test_no_discount():
                    assert discounted(200, 0) == 200

                """)
            .Commit("Shop")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "discounted(200, 10) returns 220: the discount is added instead of taken off",
            "python3 -m pytest -q shop/tests.py");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["shop/models.py"], task.Fix.ChangedFiles);
        Assert.DoesNotContain(task.RepairSearch.SuspiciousLines, line => line.StartsWith("shop/tests.py", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AScriptTheTestCommandRunsIsNeverEditedAndTheCodeIsFixedByTheWholeSuiteRule()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("calc.py", "def average(values):\n    return sum(values) * len(values)\n")
            .WithFile("check.py", "from calc import average\n\nassert average([2, 4]) == 3, average([2, 4])\nassert average([5]) == 5\nprint(\"ok\")\n")
            .Commit("Average")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "average([2, 4]) returns 12 instead of 3", "python3 check.py");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["calc.py"], task.Fix.ChangedFiles);
        Assert.Contains("whole suite's exit code", task.Fix.Verification);
    }

    [Fact]
    public async Task ANodeTestFileRunFromASubdirectoryIsNeverEditedAndTheLibraryIsFixed()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("pkg/lib.js", "function isAdult(age) {\n  return age > 18;\n}\n\nmodule.exports = { isAdult };\n")
            .WithFile("pkg/test.js", """
                const test = require("node:test");
                const assert = require("node:assert");
                const { isAdult } = require("./lib");

                test("eighteen is adult", () => assert.strictEqual(isAdult(18), true));
                test("seventeen is not", () => assert.strictEqual(isAdult(17), false));

                """)
            .Commit("Ages")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "isAdult(18) returns false, but 18-year-olds are adults", "cd pkg && node test.js");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["pkg/lib.js"], task.Fix.ChangedFiles);
        Assert.Contains("+  return age >= 18;", task.Fix.Diff);
        Assert.StartsWith("Judged by each test's outcome (Node test runner)", task.Fix.Verification);
    }

    [Fact]
    public async Task AJUnitClassNotNamedAsATestIsNeverEditedAndTheCodeIsFixed()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("src/Cart.java", """
                public class Cart {
                    public int total(int[] prices) {
                        int sum = 0;
                        for (int i = 1; i < prices.length; i++) {
                            sum += prices[i];
                        }
                        return sum;
                    }
                }

                """)
            .WithFile("src/CartChecks.java", """
                import static org.junit.Assert.assertTrue;

                import org.junit.Test;

                public class CartChecks {
                    @Test
                    public void totalAddsEveryPrice() {
                        assertTrue(new Cart().total(new int[] {4, 5}) == 9);
                    }
                }

                """)
            .Commit("Cart")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "Cart.total(new int[] {4, 5}) returns 5 instead of 9: the first price is left out",
            "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find src -name '*.java') && java org.junit.runner.JUnitCore CartChecks");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["src/Cart.java"], task.Fix.ChangedFiles);
    }

    [Fact]
    public async Task ADotnetChecksProjectTheCommandRunsIsNeverEditedAndTheLibraryIsFixed()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("Pricing/Pricing.csproj", DotnetProject)
            .WithFile("Pricing/Discounts.cs", Discounts)
            .WithFile("Checks/Checks.csproj", DotnetProject.Replace("<PropertyGroup>", "<PropertyGroup>\n    <OutputType>Exe</OutputType>", StringComparison.Ordinal)
                .Replace("</Project>", "  <ItemGroup>\n    <ProjectReference Include=\"../Pricing/Pricing.csproj\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal))
            .WithFile("Checks/Program.cs", """
                using Pricing;

                var failures = 0;
                Check("ten percent off 200", Discounts.Apply(200, 10) == 180);
                Check("nothing off", Discounts.Apply(200, 0) == 200);
                Console.WriteLine($"{2 - failures} passed, {failures} failed");
                return failures == 0 ? 0 : 1;

                void Check(string name, bool passed)
                {
                    Console.WriteLine($"{(passed ? "PASS" : "FAIL")} {name}");
                    failures += passed ? 0 : 1;
                }

                """)
            .Commit("Pricing")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "Discounts.Apply(200, 10) returns 220: the discount is added instead of taken off",
            "dotnet run --project Checks");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["Pricing/Discounts.cs"], task.Fix.ChangedFiles);
    }

    [Fact]
    public async Task ATestBrokenOnMainIsAPreexistingFailureAndTheBugIsStillFixed()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("inventory.py", "def restock_needed(stock, minimum):\n    return stock < minimum\n")
            .WithFile("tests/test_inventory.py", """
                from inventory import restock_needed


                def test_restock_at_the_minimum():
                    assert restock_needed(5, 5)


                def test_no_restock_above_the_minimum():
                    assert not restock_needed(6, 5)

                """)
            .WithFile("tests/test_exports.py", """
                import platform


                def test_exports_use_windows_paths():
                    assert platform.system() == "Windows", "only passes on Windows"

                """)
            .Commit("Inventory")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "restock_needed(5, 5) returns False: stock at the minimum must be restocked", "python3 -m pytest -q");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["inventory.py"], task.Fix.ChangedFiles);
        Assert.Equal(["tests.test_exports::test_exports_use_windows_paths"], task.Fix.PreexistingFailures);
        Assert.Contains("**Pre-existing failures**", task.PullRequest.Body);
        Assert.Contains("`tests.test_exports::test_exports_use_windows_paths`", task.PullRequest.Body);
    }

    [Fact]
    public async Task ABugThatMakesTheTestsHangIsReproducedByTheHangAndFixedWellWithinTheEnginesLimit()
    {
        await using var worker = await stack.EngineWorkerAsync();
        // Each test stops itself after 2 s, and 35 of them hang: the whole command runs past the sandbox's 60 s.
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", """
                import signal

                import pytest


                @pytest.fixture(autouse=True)
                def time_limit():
                    def expire(signum, frame):
                        raise TimeoutError("the test took longer than 2 s")

                    signal.signal(signal.SIGALRM, expire)
                    signal.alarm(2)
                    yield
                    signal.alarm(0)

                """)
            .WithFile("bits.py", """
                def popcount(n):
                    count = 0
                    while n:
                        n ^= n - 1
                        count += 1
                    return count

                """)
            .WithFile("tests/test_bits.py", """
                import pytest

                from bits import popcount


                @pytest.mark.parametrize("n", range(1, 36))
                def test_popcount(n):
                    assert popcount(n) == bin(n).count("1")

                """)
            .Commit("Bits")
            .BuildAsync();

        var (task, events) = await SubmitWithEventsAsync(repository.Path, "popcount(1) never returns: the loop clearing the lowest set bit never ends",
            "python3 -m pytest -q");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["bits.py"], task.Fix.ChangedFiles);
        Assert.Contains("+        n &= n - 1", task.Fix.Diff);
        Assert.Contains(events.Logs(), log => log.Contains("The bug is reproduced by a hang", StringComparison.Ordinal));
        Assert.Equal([("before_fix", false), ("after_fix", true)], task.Tests.Select(t => (t.Phase, t.Passed)));
        Assert.InRange(task.EndedAt.ToDateTime() - task.StartedAt.ToDateTime(), TimeSpan.Zero, TimeSpan.FromMinutes(3));
    }

    [Fact]
    public async Task DependenciesInstalledByNpmCiInTheSetupCommandAreThereForTheTestsAndNoPartOfTheFix()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("package.json", """
                {
                  "name": "quantity",
                  "version": "1.0.0",
                  "private": true,
                  "scripts": { "test": "node --test" },
                  "dependencies": { "is-number": "7.0.0" }
                }

                """)
            .WithFile("package-lock.json", """
                {
                  "name": "quantity",
                  "version": "1.0.0",
                  "lockfileVersion": 3,
                  "requires": true,
                  "packages": {
                    "": { "name": "quantity", "version": "1.0.0", "dependencies": { "is-number": "7.0.0" } },
                    "node_modules/is-number": {
                      "version": "7.0.0",
                      "resolved": "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz",
                      "integrity": "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
                      "license": "MIT",
                      "engines": { "node": ">=0.12.0" }
                    }
                  }
                }

                """)
            .WithFile("src/quantity.js", """
                const isNumber = require("is-number");

                function quantity(text) {
                  if (isNumber(text)) {
                    return 0;
                  }
                  return Number(text);
                }

                module.exports = { quantity };

                """)
            .WithFile("test/quantity.test.js", """
                const test = require("node:test");
                const assert = require("node:assert");
                const { quantity } = require("../src/quantity");

                test("a number is read", () => assert.strictEqual(quantity("3"), 3));
                test("anything else is nothing", () => assert.strictEqual(quantity("three"), 0));

                """)
            .Commit("Quantity")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "quantity('3') returns 0 instead of 3", "npm test", "npm ci");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["src/quantity.js"], task.Fix.ChangedFiles);
        Assert.Contains("+  if (!isNumber(text)) {", task.Fix.Diff);
        Assert.Equal(("setup", true), (task.Tests[0].Phase, task.Tests[0].Passed));
    }

    [Fact]
    public async Task APackagePipInstallsFromRequirementsInTheSetupCommandIsThereForTheTests()
    {
        await using var worker = await stack.EngineWorkerAsync();
        // No package index answers here: the requirement is a wheel the repository carries, as a vendored dependency.
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("requirements.txt", "./wheels/slugkit-1.0-py3-none-any.whl\n")
            .WithFile("wheels/slugkit-1.0-py3-none-any.whl", Wheel("slugkit", "1.0", "def slug(text):\n    return \"-\".join(text.lower().split())\n"))
            .WithFile("titles.py", "from slugkit import slug\n\n\ndef title_slug(title, limit):\n    return slug(title)[:limit - 1]\n")
            .WithFile("tests/test_titles.py", """
                from titles import title_slug


                def test_short_titles_are_whole():
                    assert title_slug("Hello World", 20) == "hello-world"


                def test_long_titles_are_cut_at_the_limit():
                    assert title_slug("Hello World", 5) == "hello"

                """)
            .Commit("Titles")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "title_slug('Hello World', 5) returns 'hell' instead of 'hello'", "python3 -m pytest -q", "pip install -r requirements.txt");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["titles.py"], task.Fix.ChangedFiles);
        Assert.Equal(("setup", true), (task.Tests[0].Phase, task.Tests[0].Passed));
    }

    /// <summary>A pure-Python wheel of one module: the package, and the metadata pip reads.</summary>
    private static byte[] Wheel(string name, string version, string code)
    {
        using var bytes = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bytes, System.IO.Compression.ZipArchiveMode.Create))
        {
            var info = $"{name}-{version}.dist-info";
            var files = new Dictionary<string, string>
            {
                [$"{name}/__init__.py"] = code,
                [$"{info}/METADATA"] = $"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
                [$"{info}/WHEEL"] = "Wheel-Version: 1.0\nGenerator: asa-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
            };
            files[$"{info}/RECORD"] = string.Concat(files.Keys.Select(path => $"{path},,\n")) + $"{info}/RECORD,,\n";
            foreach (var (path, text) in files)
            {
                using var entry = new StreamWriter(zip.CreateEntry(path).Open());
                entry.Write(text);
            }
        }
        return bytes.ToArray();
    }

    [Fact]
    public async Task AnXunitProjectRestoredByTheSetupCommandRunsOfflineAndItsTestsAreNeverEdited()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var repository = await new GitRepositoryBuilder()
            .WithFile("Pricing/Pricing.csproj", DotnetProject)
            .WithFile("Pricing/Discounts.cs", Discounts)
            .WithFile("Pricing.Checks/Pricing.Checks.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                    <PackageReference Include="xunit" Version="2.9.3" />
                    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                  </ItemGroup>
                  <ItemGroup>
                    <ProjectReference Include="../Pricing/Pricing.csproj" />
                  </ItemGroup>
                </Project>

                """)
            .WithFile("Pricing.Checks/Discounting.cs", """
                using Pricing;
                using Xunit;

                public class Discounting
                {
                    [Fact]
                    public void TenPercentOff() => Assert.True(Discounts.Apply(200, 10) == 180);

                    [Fact]
                    public void NothingOff() => Assert.Equal(200, Discounts.Apply(200, 0));
                }

                """)
            .Commit("Pricing")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "Discounts.Apply(200, 10) returns 220: the discount is added instead of taken off", "dotnet test Pricing.Checks", "dotnet restore Pricing.Checks");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["Pricing/Discounts.cs"], task.Fix.ChangedFiles);
        Assert.Equal(("setup", true), (task.Tests[0].Phase, task.Tests[0].Passed));
        Assert.StartsWith("Judged by each test's outcome (dotnet test TRX)", task.Fix.Verification);
    }

    [Fact]
    public async Task AMavenProjectTestedOfflineFromALocalRepositoryTheSetupFilledIsFixedAndJudgedPerTest()
    {
        await using var worker = await stack.EngineWorkerAsync();
        // No Maven repository answers here: the setup fills the local repository from Debian's packaged plugins, as a
        // CI image with a pre-filled ~/.m2 would, and the tests run offline.
        using var repository = await new GitRepositoryBuilder()
            .WithFile("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>shop</groupId>
                  <artifactId>cart</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.source>17</maven.compiler.source>
                    <maven.compiler.target>17</maven.compiler.target>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.0</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.10.1</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>2.22.3</version></plugin>
                    </plugins>
                  </build>
                </project>

                """)
            .WithFile("src/main/java/shop/Cart.java", """
                package shop;

                public class Cart {
                    public int total(int[] prices) {
                        int sum = 0;
                        for (int i = 1; i < prices.length; i++) {
                            sum += prices[i];
                        }
                        return sum;
                    }
                }

                """)
            .WithFile("src/test/java/shop/CartTest.java", """
                package shop;

                import static org.junit.Assert.assertEquals;

                import org.junit.Test;

                public class CartTest {
                    @Test
                    public void totalAddsEveryPrice() {
                        assertEquals(9, new Cart().total(new int[] {4, 5}));
                    }

                    @Test
                    public void anEmptyCartCostsNothing() {
                        assertEquals(0, new Cart().total(new int[0]));
                    }
                }

                """)
            .Commit("Cart")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "Cart.total(new int[] {4, 5}) returns 5 instead of 9: the first price is left out",
            "mvn -o -q test", "mkdir -p ~/.m2 && cp -rL /usr/share/maven-repo ~/.m2/repository");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["src/main/java/shop/Cart.java"], task.Fix.ChangedFiles);
        Assert.StartsWith("Judged by each test's outcome (JUnit XML)", task.Fix.Verification);
        Assert.Equal(("setup", true), (task.Tests[0].Phase, task.Tests[0].Passed));
    }

    [Fact]
    public async Task AFixToACrlfFileKeepsEveryLineEndingInTheDeliveredCommit()
    {
        await using var worker = await stack.EngineWorkerAsync();
        const string discount = "function discount(total) {\r\n  if (total > 100) {\r\n    return total / 10;\r\n  }\r\n  return 0;\r\n}\r\n\r\nmodule.exports = { discount };\r\n";
        using var repository = await new GitRepositoryBuilder()
            .WithFile("src/discount.js", discount)
            .WithFile("test/discount.test.js", """
                const test = require("node:test");
                const assert = require("node:assert");
                const { discount } = require("../src/discount");

                test("an order of 100 gets 10 off", () => assert.strictEqual(discount(100), 10));
                test("an order of 99 gets nothing off", () => assert.strictEqual(discount(99), 0));

                """)
            .Commit("Discount")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "discount(100) returns 0: orders of 100 or more get a tenth off", "node --test");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(Encoding.UTF8.GetBytes(discount.Replace("total > 100", "total >= 100", StringComparison.Ordinal)),
            DeliveredBytes(repository.Path, task.PullRequest.CommitSha, "src/discount.js"));
    }

    [Fact]
    public async Task AFixToALatin1FileKeepsItsEncodingByteForByteInTheDeliveredCommit()
    {
        await using var worker = await stack.EngineWorkerAsync();
        const string prices = "# -*- coding: latin-1 -*-\n# Tarifs : caf\u00e9, th\u00e9 et cr\u00e8me, en centimes.\n\n\ndef price(item, count):\n" +
                              "    return PRICES[item] / count\n\n\nPRICES = {\"caf\u00e9\": 120, \"th\u00e9\": 90}\n";
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("prices.py", Encoding.Latin1.GetBytes(prices))
            .WithFile("tests/test_prices.py", "from prices import price\n\n\ndef test_two_coffees():\n    assert price(\"caf\u00e9\", 2) == 240\n")
            .Commit("Prices")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "price('caf\u00e9', 2) returns 60.0 instead of 240", "python3 -m pytest -q");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(Encoding.Latin1.GetBytes(prices.Replace("PRICES[item] / count", "PRICES[item] * count", StringComparison.Ordinal)),
            DeliveredBytes(repository.Path, task.PullRequest.CommitSha, "prices.py"));
        Assert.Contains("caf\u00e9", task.Fix.Diff);
    }

    [Fact]
    public async Task ASymbolicLinkABinaryFileAndAGitLfsPointerAreLeftAsTheyAre()
    {
        await using var worker = await stack.EngineWorkerAsync();
        byte[] logo = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0x00, 0x10];
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile(".gitattributes", "*.bin filter=lfs diff=lfs merge=lfs -text\n")
            .WithFile("calc.py", "def add(a, b):\n    return a - b\n")
            .WithSymbolicLink("current.py", "calc.py")
            .WithFile("assets/logo.png", logo)
            .WithFile("assets/model.bin", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n")
            .WithFile("tests/test_calc.py", "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
            .Commit("Calc")
            .BuildAsync();

        var task = await SubmitAsync(repository.Path, "add(2, 3) returns -1 instead of 5", "python3 -m pytest -q");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(["calc.py"], task.Fix.ChangedFiles);
        using var git = new Repository(repository.Path);
        var delivered = git.Lookup<Commit>(task.PullRequest.CommitSha);
        var parent = Assert.Single(delivered.Parents);
        foreach (var path in new[] { "current.py", "assets/logo.png", "assets/model.bin", ".gitattributes" })
        {
            Assert.Equal((parent[path].Mode, parent[path].Target.Sha), (delivered[path].Mode, delivered[path].Target.Sha));
        }
        Assert.Equal(Mode.SymbolicLink, delivered["current.py"].Mode);
    }

    private static byte[] DeliveredBytes(string repository, string commitSha, string path)
    {
        using var git = new Repository(repository);
        var blob = (Blob)git.Lookup<Commit>(commitSha)[path].Target;
        using var content = blob.GetContentStream();
        using var bytes = new MemoryStream();
        content.CopyTo(bytes);
        return bytes.ToArray();
    }

    private async Task<AsaTask> SubmitAsync(string repository, string bug, string testCommand, string? setupCommand = null) =>
        (await SubmitWithEventsAsync(repository, bug, testCommand, setupCommand)).Task;

    private async Task<(AsaTask Task, IReadOnlyList<TaskEvent> Events)> SubmitWithEventsAsync(
        string repository, string bug, string testCommand, string? setupCommand = null)
    {
        var headers = await stack.UserAsync(AsaStack.DefaultUser);
        var request = new SubmitTaskRequest { RepoUrl = repository, BugDescription = bug, TestCommand = testCommand };
        if (setupCommand is not null)
        {
            request.SetupCommand = setupCommand;
        }
        var submitted = await stack.Tasks.SubmitTaskAsync(request, headers);
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId, headers, RepairTimeout);
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers);
        output.WriteLine($"{task.Status}: {task.Error?.Message}\n{task.RepairSearch}\n{task.Fix?.Diff}\n{string.Join("\n", task.Tests.Select(t => $"{t.Phase}: {t.OutputTail}"))}");
        return (task, events);
    }
}
