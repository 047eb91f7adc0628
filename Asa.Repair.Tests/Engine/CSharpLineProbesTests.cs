using Asa.Repair.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Asa.Repair.Tests.Engine;

public sealed class CSharpLineProbesTests
{
    private const string Path = "src/Shop/Cart.cs";

    private const string Cart = """
        namespace Shop;

        public sealed class Cart
        {
            private readonly int minimum = 3;

            public int Total(int[] prices)
            {
                var sum = 0;
                foreach (var price in prices)
                    sum += price;
                if (sum < minimum) return minimum;
                switch (prices.Length)
                {
                    case 0:
                        return 0;
                    default:
                        break;
                }
                return sum;
            }

            public int Twice(int value) => value * 2;
        }
        """;

    [Fact]
    public void EveryStatementGetsAProbeForItsLineAndTheFileStillCompiles()
    {
        var probed = CSharpLineProbes.Probe(Path, Cart)!;

        Assert.Equal([9, 10, 11, 12, 12, 13, 16, 18, 20], probed.Statements.Select(s => s.FirstLine).Order());
        Assert.Contains((10, 11), probed.Statements);
        foreach (var line in new[] { 9, 11, 16, 20 })
        {
            Assert.Contains($"\"src/Shop/Cart.cs:{line}\\n\"", probed.Text);
        }
        var compilation = CSharpCompilation.Create("probed", [CSharpSyntaxTree.ParseText(probed.Text)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void AFileThatDoesNotParseIsNotProbed() =>
        Assert.Null(CSharpLineProbes.Probe(Path, "public class Broken { void M() { return } }"));

    [Fact]
    public void LinesCountAsRunByTheInnermostStatementAndLinesNoStatementHoldsAreUnmeasured()
    {
        var probed = CSharpLineProbes.Probe(Path, Cart)!;
        // The loop ran and its body did not (no prices); the guard's line ran though its return did not; the switch ran.
        var report = LineCoverage.Parse($"{Path}:9,10,12,13,20\n", "", _ => true);

        var coverage = CSharpLineProbes.Spread(report, new Dictionary<string, CSharpLineProbes.ProbedFile> { [Path] = probed });

        Assert.All(new[] { 9, 10, 12, 13, 14, 19, 20 }, line => Assert.True(coverage.Executed(Path, line), $"line {line} ran"));
        Assert.All(new[] { 11, 16, 18 }, line => Assert.False(coverage.Executed(Path, line), $"line {line} did not run"));
        Assert.False(coverage.Unmeasured(Path, 11));
        Assert.True(coverage.Unmeasured(Path, 5));
        Assert.True(coverage.Unmeasured(Path, 23));
    }
}
