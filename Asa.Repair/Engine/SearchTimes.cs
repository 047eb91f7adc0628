using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Asa.Repair.Engine;

/// <summary>
/// Where a search's time went, summed over its forks (which run side by side, so the sum may exceed the search's own
/// time): each activity's runs, their time and the candidates they took. All but <see cref="SearchActivity.EngineCheck"/>
/// are sandbox runs. Safe to use from several forks at once.
/// </summary>
public sealed class SearchTimes
{
    private readonly ConcurrentDictionary<SearchActivity, Spent> spent = new();

    public async Task<T> TimeAsync<T>(SearchActivity activity, Func<Task<T>> run, int candidates = 0)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await run();
        }
        finally
        {
            Add(activity, Stopwatch.GetElapsedTime(started), candidates);
        }
    }

    public void Add(SearchActivity activity, TimeSpan time, int candidates = 0) =>
        spent.AddOrUpdate(activity, _ => new Spent(1, time, candidates), (_, was) => new Spent(was.Runs + 1, was.Time + time, was.Candidates + candidates));

    public TimeSpan Total => spent.Values.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);

    public Spent Of(SearchActivity activity) => spent.GetValueOrDefault(activity);

    /// <summary>"warm batches 30.2 s (40 runs, 350 candidates), syntax checks 4.1 s (6 runs), …", the largest first.</summary>
    public string Describe() =>
        string.Join(", ", spent.OrderByDescending(s => s.Value.Time).Select(s =>
            $"{Name(s.Key)} {s.Value.Time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({s.Value.Runs} run{(s.Value.Runs == 1 ? "" : "s")}" +
            (s.Value.Candidates > 0 ? $", {s.Value.Candidates} candidate{(s.Value.Candidates == 1 ? "" : "s")}" : "") + ")"));

    private static string Name(SearchActivity activity) => activity switch
    {
        SearchActivity.Coverage => "coverage",
        SearchActivity.Preparation => "preparation",
        SearchActivity.SyntaxCheck => "syntax checks",
        SearchActivity.EngineCheck => "the engine's own compile or parse checks",
        SearchActivity.WarmBatch => "warm batches",
        SearchActivity.ClassicRun => "classic runs",
        _ => "full runs",
    };

    public readonly record struct Spent(int Runs, TimeSpan Time, int Candidates);
}
