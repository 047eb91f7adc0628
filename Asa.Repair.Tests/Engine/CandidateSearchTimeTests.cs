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
}
