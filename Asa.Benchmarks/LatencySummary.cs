namespace Asa.Benchmarks;

/// <summary>Percentiles of a set of durations in milliseconds (nearest-rank, so every figure is a measured value).</summary>
public sealed record LatencySummary(int Samples, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static LatencySummary Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public static LatencySummary Of(IEnumerable<double> millisecondsValues)
    {
        var sorted = millisecondsValues.Order().ToArray();
        return sorted.Length == 0
            ? Empty
            : new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.90), Rank(sorted, 0.99), sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
