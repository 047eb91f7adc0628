namespace Asa.Sandbox.Docker;

/// <summary>
/// What the container's own cgroup counted over the run, as <see cref="DockerRunWrapper"/> copied it at the end:
/// one line per line of each counter file, prefixed by that file's path under /sys/fs/cgroup and a space.
/// The wrapper runs as the command's user, so a hostile command can forge this; it can only misreport itself.
/// </summary>
/// <param name="PeakMemoryBytes">Highest memory use, when the kernel keeps it (cgroup v2 before Linux 5.19 does not).</param>
/// <param name="MemoryLimitHit">The memory cgroup killed a process at the limit.</param>
/// <param name="PidsLimitHit">The pids cgroup refused a fork or a thread at the limit.</param>
internal sealed record DockerUsageReport(long? PeakMemoryBytes, bool MemoryLimitHit, bool PidsLimitHit)
{
    private const string V1PeakMemory = "memory/memory.max_usage_in_bytes";
    private const string V1MemoryEvents = "memory/memory.oom_control";
    private const string V1PidsEvents = "pids/pids.events";
    private const string V2PeakMemory = "memory.peak";
    private const string V2MemoryEvents = "memory.events";
    private const string V2PidsEvents = "pids.events";

    /// <summary>The files the wrapper copies, under /sys/fs/cgroup; a cgroup has either the v1 or the v2 ones.</summary>
    public static IReadOnlyList<string> CounterFiles { get; } =
        [V1PeakMemory, V1MemoryEvents, V1PidsEvents, V2PeakMemory, V2MemoryEvents, V2PidsEvents];

    /// <summary>Reads the report; lines it does not know are ignored, so a garbled report reads as nothing hit.</summary>
    public static DockerUsageReport Parse(string report)
    {
        long? peak = null;
        long oomKills = 0;
        long refusedForks = 0;
        foreach (var line in report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                case [V1PeakMemory or V2PeakMemory, var value] when long.TryParse(value, out var bytes):
                    peak = Math.Max(peak ?? 0, bytes);
                    break;
                case [V1MemoryEvents or V2MemoryEvents, "oom_kill", var value] when long.TryParse(value, out var kills):
                    oomKills += kills;
                    break;
                // "max" counts forks refused because the cgroup was at pids.max.
                case [V1PidsEvents or V2PidsEvents, "max", var value] when long.TryParse(value, out var refused):
                    refusedForks += refused;
                    break;
            }
        }

        return new DockerUsageReport(peak, oomKills > 0, refusedForks > 0);
    }
}
