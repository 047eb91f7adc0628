using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class LineCoverageTests
{
    [Fact]
    public void ReportsOfSeveralProcessesAreMergedAndFilesTheCheckoutLacksDropped()
    {
        var coverage = LineCoverage.Parse("src/tax.py:1,3-5\n/usr/lib/python3/x.py:2\nsrc/tax.py:9\n", "", path => path.StartsWith("src/", StringComparison.Ordinal));

        Assert.True(coverage.Measured);
        Assert.Equal(["src/tax.py"], coverage.Files);
        Assert.All(new[] { 1, 3, 4, 5, 9 }, line => Assert.True(coverage.Executed("src/tax.py", line)));
        Assert.False(coverage.Executed("src/tax.py", 2));
    }
}
