using System.Diagnostics;
using Asa.Repair.Engine;
using Asa.Repair.Localization;

namespace Asa.Tests.Repair.Engine;

/// <summary>The tracer's command run for real with bash, python3, node, javac and java, and dotnet, in a scratch folder as a sandbox fork would be.</summary>
public sealed class LineTracerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("asa-line-trace-").FullName;

    [Fact]
    public async Task NodeTestsReportTheLinesTheyRanAndNotTheOthers()
    {
        Write("src/price.js", """
            function total(items) {
              let sum = 0;
              for (const item of items) {
                sum += item;
              }
              return sum;
            }

            function unused(x) {
              return x * 2;
            }

            module.exports = { total, unused };
            """);
        Write("test/price.test.js", """
            const test = require("node:test");
            const assert = require("node:assert");
            const { total } = require("../src/price.js");
            test("total", () => assert.strictEqual(total([1, 2]), 4));
            """);

        var coverage = await TraceAsync("node --test");

        Assert.All(new[] { 1, 2, 3, 4, 6, 13 }, line => Assert.True(coverage.Executed("src/price.js", line), $"line {line} ran"));
        Assert.False(coverage.Executed("src/price.js", 10));
        Assert.True(coverage.Covers("test/price.test.js"));
    }

    [Fact]
    public async Task PytestReportsTheLinesItRanAndNotTheOthers()
    {
        Write("price.py", """
            def total(items):
                sum = 0
                for item in items:
                    sum += item
                return sum


            def unused(x):
                return x * 2
            """);
        // A conftest.py at the root puts the root on sys.path, as the corpus's Python cases do.
        Write("conftest.py", "");
        Write("tests/test_price.py", """
            from price import total


            def test_total():
                assert total([1, 2]) == 4
            """);

        var coverage = await TraceAsync("python3 -m pytest -q -p no:cacheprovider");

        Assert.All(new[] { 2, 3, 4, 5 }, line => Assert.True(coverage.Executed("price.py", line), $"line {line} ran"));
        Assert.False(coverage.Executed("price.py", 9));
    }

    [Fact]
    public async Task JUnitTestsReportTheLinesTheyRanThroughTheJavaAgentAndNotTheOthers()
    {
        Write("src/shop/Price.java", """
            package shop;

            public class Price {
                public static int total(int[] items) {
                    int sum = 0;
                    for (int item : items) {
                        sum += item;
                    }
                    return sum;
                }

                public static int unused(int x) {
                    return x * 2;
                }
            }
            """);
        Write("test/shop/PriceTest.java", """
            package shop;

            import static org.junit.Assert.assertEquals;
            import org.junit.Test;

            public class PriceTest {
                @Test
                public void total() {
                    assertEquals(4, Price.total(new int[] {1, 2}));
                }
            }
            """);

        // The corpus's command shape: javac over every source the workspace holds, then JUnit in a second JVM.
        var coverage = await TraceAsync(
            "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find . -name '*.java') && java org.junit.runner.JUnitCore shop.PriceTest");

        Assert.All(new[] { 5, 6, 7, 9 }, line => Assert.True(coverage.Executed("src/shop/Price.java", line), $"line {line} ran"));
        Assert.False(coverage.Executed("src/shop/Price.java", 13));
        Assert.True(coverage.Executed("test/shop/PriceTest.java", 9));
    }

    [Fact]
    public async Task DotnetRunReportsTheLinesItRanThroughTheProbedCopiesAndLeavesExpressionBodiesUnmeasured()
    {
        Write("Shop.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            </Project>
            """);
        Write("src/Price.cs", """
            namespace Shop;

            public static class Price
            {
                public static int Total(int[] items)
                {
                    var sum = 0;
                    foreach (var item in items)
                    {
                        sum += item;
                    }
                    return sum;
                }

                public static int Unused(int x)
                {
                    return x * 2;
                }

                public static int Twice(int x) => x * 2;
            }
            """);
        Write("tests/Program.cs", """
            using Shop;

            return Price.Total([1, 2]) == 4 ? 0 : 1;
            """);
        var traced = TracedRun.For(CheckoutSnapshot.Load(root, CancellationToken.None))!;
        foreach (var (path, text) in traced.Files)
        {
            Write(path, text);
        }

        var coverage = traced.CoverageFrom(await RunTracedAsync("dotnet run"));

        Assert.All(new[] { 7, 8, 10, 12 }, line => Assert.True(coverage.Executed("src/Price.cs", line), $"line {line} ran"));
        Assert.False(coverage.Executed("src/Price.cs", 17));
        Assert.False(coverage.Unmeasured("src/Price.cs", 17));
        Assert.True(coverage.Unmeasured("src/Price.cs", 20));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<LineCoverage> TraceAsync(string command)
    {
        foreach (var (path, text) in LineTracer.Files)
        {
            Write(path, text);
        }
        var output = await RunTracedAsync(command);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToHashSet();
        return LineCoverage.Parse(LineTracer.ReportIn(output) ?? "", "", files.Contains);
    }

    private async Task<string> RunTracedAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", LineTracer.Traced(command)]) { WorkingDirectory = root, RedirectStandardOutput = true };
        // Debian's toolchains, as in the sandbox, whatever python is first on the caller's PATH.
        start.Environment["PATH"] = $"/usr/bin:/bin:{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
