using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class SearchTimesTests
{
    [Fact]
    public void TheAccountNamesEachActivityLargestFirstWithItsRunsAndCandidates()
    {
        var times = new SearchTimes();
        times.Add(SearchActivity.SyntaxCheck, TimeSpan.FromSeconds(1.26), candidates: 64);
        times.Add(SearchActivity.WarmBatch, TimeSpan.FromSeconds(2), candidates: 20);
        times.Add(SearchActivity.WarmBatch, TimeSpan.FromSeconds(3), candidates: 12);
        times.Add(SearchActivity.FullRun, TimeSpan.FromSeconds(0.5));

        Assert.Equal("warm batches 5.0 s (2 runs, 32 candidates), syntax checks 1.3 s (1 run, 64 candidates), full runs 0.5 s (1 run)", times.Describe());
        Assert.Equal(TimeSpan.FromSeconds(6.76), times.Total);
        Assert.Equal(new SearchTimes.Spent(2, TimeSpan.FromSeconds(5), 32), times.Of(SearchActivity.WarmBatch));
    }

    [Fact]
    public async Task ATimedRunCountsEvenWhenItFails()
    {
        var times = new SearchTimes();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            times.TimeAsync<int>(SearchActivity.ClassicRun, () => throw new InvalidOperationException("the sandbox went away"), candidates: 1));

        Assert.Equal(1, times.Of(SearchActivity.ClassicRun).Runs);
        Assert.Equal("", new SearchTimes().Describe());
    }
}
