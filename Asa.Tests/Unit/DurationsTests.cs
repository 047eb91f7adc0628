using Asa.Core.Tasks;

namespace Asa.Tests.Unit;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0.5, "0.5 s")]
    [InlineData(45, "45 s")]
    [InlineData(60, "1 minute")]
    [InlineData(90, "1 minute 30 seconds")]
    [InlineData(1800, "30 minutes")]
    [InlineData(3600, "1 hour")]
    [InlineData(5400, "1 hour 30 minutes")]
    public void DescribesDurationsForPeople(double seconds, string expected) =>
        Assert.Equal(expected, Durations.Describe(TimeSpan.FromSeconds(seconds)));
}
