namespace Asa.Sandbox.Execution;

/// <summary>What one run may consume before it is stopped.</summary>
public sealed record ExecutionLimits
{
    /// <summary>Memory plus swap for every process of the run together.</summary>
    public long MemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Wall-clock time from start until the whole run is killed.</summary>
    public TimeSpan WallTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Processes and threads together: `dotnet test` alone needs several hundred.</summary>
    public int Pids { get; init; } = 1024;

    /// <summary>Bytes kept of each of stdout and stderr: the first half and the last half, the middle counted.</summary>
    public int OutputBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest file any process may write (RLIMIT_FSIZE), inside the workspace or /tmp.</summary>
    public long FileSizeBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Size of the private /tmp; its pages also count against <see cref="MemoryBytes"/>.</summary>
    public long TmpBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Relative CPU weight against other runs (cgroup cpu.shares, 1024 is one default share).</summary>
    public int CpuShares { get; init; } = 1024;

    /// <summary>Hard cap in cores (CFS quota), or null for no cap beyond the shares.</summary>
    public double? CpuCores { get; init; }

    public static ExecutionLimits Default { get; } = new();

    internal void Validate()
    {
        Require(MemoryBytes >= 16L * 1024 * 1024, nameof(MemoryBytes), "at least 16 MiB");
        Require(WallTime > TimeSpan.Zero, nameof(WallTime), "positive");
        Require(Pids >= 8, nameof(Pids), "at least 8");
        Require(OutputBytes >= 2, nameof(OutputBytes), "at least 2");
        Require(FileSizeBytes >= 512, nameof(FileSizeBytes), "at least 512");
        Require(TmpBytes >= 4096, nameof(TmpBytes), "at least 4096");
        Require(CpuShares >= 2, nameof(CpuShares), "at least 2");
        Require(CpuCores is null or >= 0.01, nameof(CpuCores), "at least 0.01 when set");
    }

    private static void Require(bool condition, string name, string what)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, $"Execution limit {name} must be {what}.");
        }
    }
}
