using System.Buffers;
using System.Diagnostics;
using Asa.Sandbox.Execution;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Asa.Sandbox.Docker;

/// <summary>
/// Runs each command in its own container through the Docker API: no network unless asked, read-only root,
/// only the workspace writable, no capabilities, no user namespaces, memory/pids/cpu limits. The command runs
/// under <see cref="DockerRunWrapper"/>, which reports what the cgroup counted. The container is waited for,
/// inspected and removed here rather than auto-removed, so its exit code is never lost.
/// </summary>
public sealed class DockerBackend : IExecutionBackend, IDisposable
{
    private const int ReadBufferBytes = 16 * 1024;
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StatsGrace = TimeSpan.FromMilliseconds(200);
    // The wrapper stops in milliseconds; only a command that killed its watchdog makes the backend wait this long.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private readonly DockerOptions options;
    private readonly DockerClient client;
    private readonly DockerHostDirectory host = new();
    private readonly DockerSeccomp seccomp;

    public DockerBackend(DockerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Image))
        {
            throw new ArgumentException("Sandbox:Docker:Image must name the image commands run in.", nameof(options));
        }

        this.options = options;
        client = new DockerClientConfiguration(new Uri(options.Endpoint)).CreateClient();
        seccomp = new DockerSeccomp(client, options, host);
    }

    public async Task<ExecutionResult> RunAsync(
        ExecutionRequest request, Func<OutputChunk, ValueTask> onOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onOutput);
        request.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        var securityOptions = await seccomp.SecurityOptionsAsync(cancellationToken);
        using var run = DockerRunDirectory.Create(host.PathOf($"run-{Guid.NewGuid():N}"));
        var created = await client.Containers.CreateContainerAsync(
            DockerContainerSpec.For(options, request, run.HostPath, securityOptions), cancellationToken);
        try
        {
            return await RunContainerAsync(created.ID, run, request, onOutput, cancellationToken);
        }
        finally
        {
            using var cleanup = new CancellationTokenSource(CleanupTimeout);
            await client.Containers.RemoveContainerAsync(
                created.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cleanup.Token);
        }
    }

    public void Dispose()
    {
        client.Dispose();
        host.Dispose();
    }

    private async Task<ExecutionResult> RunContainerAsync(
        string id, DockerRunDirectory run, ExecutionRequest request, Func<OutputChunk, ValueTask> onOutput,
        CancellationToken cancellationToken)
    {
        using var output = new OutputPump(onOutput, request.Limits.OutputBytes);
        // Attached before the start, so not a byte of output is missed.
        using var attached = await client.Containers.AttachContainerAsync(
            id, tty: false, new ContainerAttachParameters { Stream = true, Stdout = true, Stderr = true }, cancellationToken);
        using var stopFollowing = new CancellationTokenSource();
        var usage = new DockerUsageMonitor(client, id, request.Limits.Pids);

        var clock = Stopwatch.StartNew();
        await client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
        var reading = PumpAsync(attached, output);
        var following = usage.FollowAsync(stopFollowing.Token);

        var timedOut = false;
        using (var wall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            wall.CancelAfter(request.Limits.WallTime);
            try
            {
                await client.Containers.WaitContainerAsync(id, wall.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
            }
        }

        using (var exit = new CancellationTokenSource(CleanupTimeout))
        {
            if (timedOut)
            {
                await StopAsync(id, run, exit.Token);
            }
            else if (cancellationToken.IsCancellationRequested)
            {
                await KillAsync(id, exit.Token);
                await client.Containers.WaitContainerAsync(id, exit.Token);
            }

            await reading.WaitAsync(exit.Token);
        }

        var wallTime = clock.Elapsed;
        await stopFollowing.CancelAsync();
        try
        {
            // The stats stream can take seconds to end after the container has (measured under podman: 4.7 s);
            // the wrapper's report has the figures, so the run does not wait for it.
            await following.WaitAsync(StatsGrace, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // It ends on its own; what it saw so far is the fallback figure.
        }
        cancellationToken.ThrowIfCancellationRequested();
        var state = (await client.Containers.InspectContainerAsync(id, CancellationToken.None)).State;
        var report = run.ReadUsage();
        await output.FlushTailsAsync();
        return Result((int)state.ExitCode, state.OOMKilled, wallTime, report, usage, timedOut, output);
    }

    /// <summary>
    /// Ends a run at its time limit through the wrapper, so its counters are still reported; a container whose
    /// wrapper cannot be asked, or does not end within <see cref="StopGrace"/>, is killed outright.
    /// </summary>
    private async Task StopAsync(string id, DockerRunDirectory run, CancellationToken cancellationToken)
    {
        if (run.TryRequestStop())
        {
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(StopGrace);
            try
            {
                await client.Containers.WaitContainerAsync(id, grace.Token);
                return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Past the grace: killed below.
            }
        }

        await KillAsync(id, cancellationToken);
        await client.Containers.WaitContainerAsync(id, cancellationToken);
    }

    private async Task KillAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await client.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" }, cancellationToken);
        }
        catch (DockerApiException e) when (e.StatusCode is System.Net.HttpStatusCode.Conflict or System.Net.HttpStatusCode.InternalServerError)
        {
            // It exited between the wait and the kill; podman answers 500, Docker 409.
        }
    }

    /// <summary>Splits the multiplexed attach stream into the two capped outputs until the container closes it.</summary>
    private static async Task PumpAsync(MultiplexedStream attached, OutputPump output)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        try
        {
            while (true)
            {
                var read = await attached.ReadOutputAsync(buffer, 0, ReadBufferBytes, CancellationToken.None);
                if (read.EOF)
                {
                    return;
                }

                var into = read.Target == MultiplexedStream.TargetStream.StandardError ? output.Stderr : output.Stdout;
                await into.WriteAsync(buffer.AsMemory(0, read.Count));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <param name="oomKilled">The engine's word; podman never sets it, so the wrapper's report counts too.</param>
    /// <param name="report">The wrapper's report, exact; the stats samples stand in when it is missing.</param>
    private static ExecutionResult Result(
        int exitCode, bool oomKilled, TimeSpan wallTime, DockerUsageReport? report, DockerUsageMonitor usage, bool timedOut,
        OutputPump output)
    {
        var limits = LimitsHit.None;
        limits |= timedOut ? LimitsHit.Time : LimitsHit.None;
        limits |= oomKilled || report is { MemoryLimitHit: true } ? LimitsHit.Memory : LimitsHit.None;
        limits |= usage.PidsLimitHit || report is { PidsLimitHit: true } ? LimitsHit.Pids : LimitsHit.None;
        limits |= output.Stdout.Dropped + output.Stderr.Dropped > 0 ? LimitsHit.Output : LimitsHit.None;
        int? signal = exitCode is > 128 and < 128 + 65 ? exitCode - 128 : null;
        var peakMemory = report?.PeakMemoryBytes ?? usage.PeakMemoryBytes;
        return new ExecutionResult(exitCode, signal, wallTime, peakMemory, limits, output.Stdout.Dropped, output.Stderr.Dropped);
    }
}
