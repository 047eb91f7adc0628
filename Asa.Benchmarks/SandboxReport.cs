namespace Asa.Benchmarks;

/// <summary>Everything one <c>sandbox</c> run measured, with the goals it is judged against (issue 3, Benchmarks).</summary>
public sealed record SandboxReport(
    DateTimeOffset StartedAt,
    Uri Server,
    int? ServicePid,
    string ServiceCommandLine,
    ExecRoundTripResult? Exec,
    UploadForkResult? Upload,
    StreamingMemoryResult? Memory)
{
    public const double ExecMedianGoalMs = 25;
    public const double UploadGoalMs = 1000;
    public const double ForkGoalMs = 1000;
    public const long MemoryGoalBytes = 300_000_000;

    public static int ProcessorCount => Environment.ProcessorCount;

    public bool? ExecMet => Exec is { Latency.Samples: > 0 } e ? e.Latency.P50Ms < ExecMedianGoalMs : null;

    // "Under 1 s each" is judged on the slowest repetition, not the typical one.
    public bool? UploadMet => Upload is { Upload.Samples: > 0 } u ? u.Upload.MaxMs < UploadGoalMs : null;

    public bool? ForkMet => Upload is { Fork.Samples: > 0 } u ? u.Fork.MaxMs < ForkGoalMs : null;

    public bool? MemoryMet => Memory is { Samples: > 0 } m ? m.PeakRssBytes < MemoryGoalBytes && m.ExitedZero == m.Concurrency : null;
}

/// <summary>Sequential runs of a trivial command, timed from the call to its result.</summary>
public sealed record ExecRoundTripResult(string Command, int Warmup, LatencySummary Latency, int NonZeroExits);

/// <summary>Uploads of a generated repository and forks of the uploaded workspace.</summary>
public sealed record UploadForkResult(int Files, long ArchiveBytes, int ChunkBytes, int WorkspaceFiles, LatencySummary Upload, LatencySummary Fork);

/// <summary>Concurrent streaming runs and the service's resident memory sampled while they ran.</summary>
public sealed record StreamingMemoryResult(
    string Command,
    int Concurrency,
    int ExitedZero,
    int Failed,
    string? FirstFailure,
    long OutputBytes,
    TimeSpan Elapsed,
    LatencySummary RunWallTime,
    long BaselineRssBytes,
    long PeakRssBytes,
    long AfterRssBytes,
    int Samples);
