using System.Buffers;
using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Asa.Sandbox.Execution;

/// <summary>
/// Runs each command in its own container through the Docker API: no network unless asked, read-only root,
/// only the workspace writable, no capabilities, memory/pids/cpu limits. The container is waited for,
/// inspected and removed here rather than auto-removed, so its exit code and OOM kill are never lost.
/// </summary>
public sealed class DockerBackend : IExecutionBackend, IDisposable
{
    private const int ReadBufferBytes = 16 * 1024;
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(30);
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
        var created = await client.Containers.CreateContainerAsync(
            DockerContainerSpec.For(options, request, securityOptions), cancellationToken);
        try
        {
            return await RunContainerAsync(created.ID, request, onOutput, cancellationToken);
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
        string id, ExecutionRequest request, Func<OutputChunk, ValueTask> onOutput, CancellationToken cancellationToken)
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
            if (timedOut || cancellationToken.IsCancellationRequested)
            {
                await KillAsync(id, exit.Token);
                await client.Containers.WaitContainerAsync(id, exit.Token);
            }

            await reading.WaitAsync(exit.Token);
        }

        var wallTime = clock.Elapsed;
        await stopFollowing.CancelAsync();
        await following;
        cancellationToken.ThrowIfCancellationRequested();
        var state = (await client.Containers.InspectContainerAsync(id, CancellationToken.None)).State;
        await output.FlushTailsAsync();
        return Result((int)state.ExitCode, state.OOMKilled, wallTime, usage, timedOut, output);
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

    private static ExecutionResult Result(
        int exitCode, bool oomKilled, TimeSpan wallTime, DockerUsageMonitor usage, bool timedOut, OutputPump output)
    {
        var limits = LimitsHit.None;
        limits |= timedOut ? LimitsHit.Time : LimitsHit.None;
        limits |= oomKilled ? LimitsHit.Memory : LimitsHit.None;
        limits |= usage.PidsLimitHit ? LimitsHit.Pids : LimitsHit.None;
        limits |= output.Stdout.Dropped + output.Stderr.Dropped > 0 ? LimitsHit.Output : LimitsHit.None;
        int? signal = exitCode is > 128 and < 128 + 65 ? exitCode - 128 : null;
        return new ExecutionResult(
            exitCode, signal, wallTime, usage.PeakMemoryBytes, limits, output.Stdout.Dropped, output.Stderr.Dropped);
    }
}
