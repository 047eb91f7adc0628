using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class CandidateSearchTimeTests
{
    [Theory]
    [InlineData(10, 0, 9)]
    [InlineData(300, 20, 250)]
    [InlineData(300, 280, 0.001)]
    public void TheSearchKeepsATenthOfTheLimitAtMostThirtySecondsToVerify(double limitSeconds, double spentSeconds, double searchSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(searchSeconds),
            CandidateSearch.SearchTime(TimeSpan.FromSeconds(limitSeconds), TimeSpan.FromSeconds(spentSeconds)));

    [Theory]
    [InlineData(0.4, 60, 7)]
    [InlineData(3, 60, 20)]
    [InlineData(20, 60, 60)]
    public void ACandidatesFailingTestsMayRunFiveTimesTheUnchangedRunAndFiveSeconds(double referenceSeconds, double limitSeconds, double candidateSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(candidateSeconds),
            CandidateSearch.CandidateTimeLimit(TimeSpan.FromSeconds(referenceSeconds), TimeSpan.FromSeconds(limitSeconds)));

    [Theory]
    [InlineData(10, 200, 10)]
    [InlineData(100, 200, 50)]
    [InlineData(1, 200, 3)]
    [InlineData(1, 2, 2)]
    [InlineData(1, 0, 0.001)]
    public void AfterTheFirstPassingEditTheSearchCollectsAsLongAgainWithinAQuarterOfWhatIsLeftAndAtLeastThreeSeconds(
        double tookSeconds, double leftSeconds, double collectingSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(collectingSeconds),
            CandidateSearch.CollectingTime(TimeSpan.FromSeconds(tookSeconds), TimeSpan.FromSeconds(leftSeconds)));

    [Fact]
    public void TheAccountSaysWhenEachEditThatCouldBeAFixPassedAndWhenTheKeptOneDid()
    {
        var first = Edit("total + 1");
        var second = Edit("total - 1");

        Assert.Equal("", CandidateSearch.PassTimes([], null));
        Assert.Equal("2 edit(s) that could be a fix passed, at 4.2 s, 9.0 s; the one kept at 9.0 s",
            CandidateSearch.PassTimes([(first, TimeSpan.FromSeconds(4.2)), (second, TimeSpan.FromSeconds(9))], second));
        Assert.Equal("1 edit(s) that could be a fix passed, at 4.2 s; the first was kept",
            CandidateSearch.PassTimes([(first, TimeSpan.FromSeconds(4.2))], first));
    }

    private static CandidateEdit Edit(string changed) =>
        new("calc.py", 2, "constant", changed, "def f(total):\n    return total\n", $"def f(total):\n    return {changed}\n", 1, 1);
}
