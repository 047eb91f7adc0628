namespace Asa.Benchmarks;

/// <summary>Everything one <c>submit</c> run measured, with the goals it is judged against (issue 2, acceptance 3).</summary>
public sealed record SubmitReport(
    DateTimeOffset StartedAt,
    Uri Server,
    string User,
    string Repository,
    int Concurrency,
    int? Rate,
    LoadResult? Warmup,
    LoadResult? Measured,
    CleanupResult? Cleanup,
    PickupResult? Pickup)
{
    public const double ThroughputGoalPerSecond = 1000;
    public const double SubmitP99GoalMs = 20;
    public const double PickupGoalMs = 100;

    public static int ProcessorCount => Environment.ProcessorCount;

    public bool? ThroughputMet => Measured is { AbortReason: null } m ? m.SubmitsPerSecond >= ThroughputGoalPerSecond : null;

    public bool? SubmitP99Met => Measured is { Latency.Samples: > 0 } m ? m.Latency.P99Ms < SubmitP99GoalMs : null;

    public bool? PickupMet => Pickup is { Server.Samples: > 0 } p ? p.Server.P99Ms < PickupGoalMs : null;
}
