using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class FailureSignatureTests
{
    [Theory]
    [InlineData("E  assert 3 == 2\n1 failed in 0.03s", "E  assert 3 == 2\n1 failed in 1.20s")]
    [InlineData("not ok 1 - rounds\n# duration_ms 12.5", "not ok 1 - rounds\n# duration_ms 7.25")]
    [InlineData("Time: 0,012\nFailures: 1", "Time: 0.4\nFailures: 1")]
    [InlineData("FAIL Cart.Total: expected 10\n", "src/Cart.cs(4,13): warning CS0219: never used\nFAIL Cart.Total: expected 10")]
    [InlineData("at Object.<anonymous> 0x7ffd12", "at Object.<anonymous> 0x55aa00")]
    public void RunsThatFailedTheSameWayCompareEqual(string first, string second) =>
        Assert.Equal(FailureSignature.Of(first), FailureSignature.Of(second));

    [Theory]
    [InlineData("E  assert 3 == 2\n1 failed in 0.03s", "E  assert 4 == 2\n1 failed in 0.03s")]
    [InlineData("FAIL Cart.Total: expected 10, got 12", "FAIL Cart.Total: expected 10, got 11")]
    [InlineData("Failures: 2", "Failures: 1")]
    public void ADifferentFailureComparesDifferent(string first, string second) =>
        Assert.NotEqual(FailureSignature.Of(first), FailureSignature.Of(second));
}
