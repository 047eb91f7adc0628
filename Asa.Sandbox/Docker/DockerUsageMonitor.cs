using Docker.DotNet;
using Docker.DotNet.Models;

namespace Asa.Sandbox.Docker;

/// <summary>
/// Follows a running container's stats for peak memory and whether the process count reached the pids limit:
/// the stand-in for when the wrapper leaves no <see cref="DockerUsageReport"/> (a container killed outright).
/// Sampled about once a second, so a brief touch of the pids limit, or a short run's memory, can be missed.
/// </summary>
internal sealed class DockerUsageMonitor(IDockerClient client, string containerId, long pidsLimit) : IProgress<ContainerStatsResponse>
{
    private long peakMemory;
    private int pidsLimitHit;

    public long PeakMemoryBytes => Interlocked.Read(ref peakMemory);

    public bool PidsLimitHit => Volatile.Read(ref pidsLimitHit) == 1;

    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.Containers.GetContainerStatsAsync(
                containerId, new ContainerStatsParameters { Stream = true }, this, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or DockerApiException or IOException)
        {
            // Stats end with the container, or when the run is over; what was seen so far is the answer.
        }
    }

    public void Report(ContainerStatsResponse value)
    {
        var memory = value.MemoryStats;
        if (memory is not null)
        {
            var seen = (long)Math.Max(memory.MaxUsage, memory.Usage);
            long current;
            while (seen > (current = Interlocked.Read(ref peakMemory))
                && Interlocked.CompareExchange(ref peakMemory, seen, current) != current)
            {
            }
        }

        if (value.PidsStats is { } pids && (long)pids.Current >= pidsLimit)
        {
            Volatile.Write(ref pidsLimitHit, 1);
        }
    }
}
