using System.Collections.Concurrent;
using System.Diagnostics;
using Asa.Core.Errors;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Worker.Sandbox;
using Grpc.Core;
using Grpc.Net.Client;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>sandbox</c> command: exec round trip, upload and fork of a generated repository, and the service's
/// memory under concurrent streaming runs. Removes every workspace it made. Returns the process exit code.
/// </summary>
public sealed class SandboxBenchmark(SandboxOptions options, TextWriter output, TextWriter error)
{
    public const string TrivialCommand = "true";
    public const string StreamingCommand = "for i in $(seq 1 200); do echo line $i; sleep 0.01; done";

    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan UploadLimit = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ExecLimit = TimeSpan.FromSeconds(120);

    // Enough to keep the streaming command's whole output, so the characters counted are all it printed.
    private const int OutputChars = 64 * 1024;
    private readonly string taskId = $"bench-{Guid.NewGuid().ToString("N")[..10]}";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(options.TimeLimit);
        var startedAt = DateTimeOffset.UtcNow;
        using var channel = Channel(options.Grpc);
        var client = new SandboxClient(new SandboxService.SandboxServiceClient(channel));
        var workspaces = new ConcurrentBag<string>();

        Workspace small;
        try
        {
            using var probeLimit = CancellationTokenSource.CreateLinkedTokenSource(timeLimit.Token);
            probeLimit.CancelAfter(TimeSpan.FromSeconds(10));
            small = await UploadAsync(client, GeneratedRepository.Tar(1), probeLimit.Token);
            workspaces.Add(small.WorkspaceId);
        }
        // A port that speaks no gRPC fails in the HTTP/2 stream itself, before any status comes back.
        catch (Exception exception) when (exception is AsaException or IOException or HttpRequestException
                                              || exception is OperationCanceledException && !timeLimit.IsCancellationRequested)
        {
            await error.WriteLineAsync($"""
                no sandbox service answers at {options.Grpc} ({exception.Message})
                start one (as root, bubblewrap installed, cgroup v1) with
                  dotnet run -c Release --project Asa.Sandbox -- --Kestrel:Endpoints:grpc:Url=http://127.0.0.1:5190 --Kestrel:Endpoints:http:Url=http://127.0.0.1:5191 --Sandbox:Workspaces:Root=/tmp/asa-bench-workspaces
                or run the AppHost (`dotnet run --project Asa.AppHost`), then pass --grpc <url> of its gRPC endpoint
                """);
            return SubmitBenchmark.ExitServerUnusable;
        }

        var pid = options.Pid ?? ServiceProcessMemory.FindListener(options.Grpc.Port);
        if (pid is null)
        {
            await error.WriteLineAsync($"no process found listening on port {options.Grpc.Port}; pass --pid to sample the service's memory");
        }
        ExecRoundTripResult? exec = null;
        UploadForkResult? upload = null;
        StreamingMemoryResult? memory = null;
        try
        {
            exec = await ExecRoundTripAsync(client, small.WorkspaceId, timeLimit.Token);
            upload = await UploadAndForkAsync(client, workspaces, timeLimit.Token);
            memory = await StreamingMemoryAsync(client, small.WorkspaceId, pid, workspaces, timeLimit.Token);
        }
        catch (Exception exception) when (exception is AsaException or OperationCanceledException)
        {
            await error.WriteLineAsync($"the run stopped early: {exception.Message}");
        }
        finally
        {
            using var cleanupLimit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            foreach (var id in workspaces)
            {
                try
                {
                    await client.DeleteAsync(id, cleanupLimit.Token);
                }
                catch (RpcException exception)
                {
                    await error.WriteLineAsync($"could not delete workspace {id}: {exception.StatusCode}: {exception.Status.Detail}");
                }
            }
        }

        var report = new SandboxReport(startedAt, options.Grpc, pid, pid is { } p ? ServiceProcessMemory.CommandLine(p) : "", exec, upload, memory);
        SandboxReportWriter.Print(report, output);
        if (options.JsonPath is not null)
        {
            await SandboxReportWriter.WriteJsonAsync(report, options.JsonPath, CancellationToken.None);
            await output.WriteLineAsync($"figures written to {Path.GetFullPath(options.JsonPath)}");
        }
        return SubmitBenchmark.ExitOk;
    }

    private async Task<ExecRoundTripResult> ExecRoundTripAsync(SandboxClient client, string workspaceId, CancellationToken cancellationToken)
    {
        var nonZero = 0;
        for (var i = 0; i < options.Warmup; i++)
        {
            await ExecAsync(client, workspaceId, TrivialCommand, cancellationToken);
        }
        var samples = new List<double>(options.Runs);
        for (var i = 0; i < options.Runs; i++)
        {
            var (result, _, elapsed) = await ExecAsync(client, workspaceId, TrivialCommand, cancellationToken);
            samples.Add(elapsed.TotalMilliseconds);
            nonZero += result.ExitCode == 0 ? 0 : 1;
        }
        return new ExecRoundTripResult(TrivialCommand, options.Warmup, LatencySummary.Of(samples), nonZero);
    }

    private async Task<UploadForkResult> UploadAndForkAsync(SandboxClient client, ConcurrentBag<string> workspaces, CancellationToken cancellationToken)
    {
        var archive = GeneratedRepository.Tar(options.Files);
        List<double> uploads = [], forks = [];
        var counted = 0;
        for (var i = 0; i < options.Repeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var uploadLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            uploadLimit.CancelAfter(UploadLimit);
            var created = await UploadAsync(client, archive, uploadLimit.Token);
            uploads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            workspaces.Add(created.WorkspaceId);
            counted = created.FileCount;

            started = Stopwatch.GetTimestamp();
            var fork = await client.ForkAsync(created.WorkspaceId, cancellationToken);
            forks.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            workspaces.Add(fork);
        }
        return new UploadForkResult(options.Files, archive.Length, SandboxClient.ChunkBytes, counted, LatencySummary.Of(uploads), LatencySummary.Of(forks));
    }

    private async Task<StreamingMemoryResult> StreamingMemoryAsync(
        SandboxClient client, string template, int? pid, ConcurrentBag<string> workspaces, CancellationToken cancellationToken)
    {
        // A workspace runs one command at a time, so each concurrent run gets its own fork.
        var targets = new List<string>(options.Concurrency);
        for (var i = 0; i < options.Concurrency; i++)
        {
            var fork = await client.ForkAsync(template, cancellationToken);
            workspaces.Add(fork);
            targets.Add(fork);
        }
        var baseline = pid is { } p && ServiceProcessMemory.Read(p) is { } before ? before.Rss : 0;

        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync(pid, stopSampling.Token);
        var started = Stopwatch.GetTimestamp();
        var runs = await Task.WhenAll(targets.Select(async id =>
        {
            try
            {
                var (result, bytes, _) = await ExecAsync(client, id, StreamingCommand, cancellationToken);
                return (Result: result, Bytes: bytes, Failure: result.ExitCode == 0 ? null : $"exit {result.ExitCode}, limits hit: {string.Join(',', result.LimitsHit)}");
            }
            catch (AsaException exception)
            {
                return (Result: (CommandRun?)null, Bytes: 0L, Failure: exception.Message);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stopSampling.CancelAsync();
        var (peak, samples) = await sampler;
        // Give the service a moment to let go of the runs before the "after" figure.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var after = pid is { } q && ServiceProcessMemory.Read(q) is { } then ? then.Rss : 0;

        return new StreamingMemoryResult(
            StreamingCommand,
            options.Concurrency,
            runs.Count(r => r.Result is { ExitCode: 0 }),
            runs.Count(r => r.Failure is not null),
            runs.FirstOrDefault(r => r.Failure is not null).Failure,
            runs.Sum(r => r.Bytes),
            elapsed,
            LatencySummary.Of(runs.Where(r => r.Result is not null).Select(r => r.Result!.WallTime.TotalMilliseconds)),
            baseline,
            Math.Max(peak, baseline),
            after,
            samples);
    }

    private static async Task<(long Peak, int Samples)> SampleAsync(int? pid, CancellationToken cancellationToken)
    {
        if (pid is not { } id)
        {
            return (0, 0);
        }
        long peak = 0;
        var samples = 0;
        using var timer = new PeriodicTimer(SampleInterval);
        try
        {
            do
            {
                if (ServiceProcessMemory.Read(id) is { } memory)
                {
                    peak = Math.Max(peak, memory.Rss);
                    samples++;
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Sampling ends when the runs do.
        }
        return (peak, samples);
    }

    /// <summary>One channel for every call; Kestrel allows 100 streams per connection, so 100 runs plus a probe would otherwise queue in the client.</summary>
    private static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        },
        MaxRetryAttempts = 0,
    });

    private Task<Workspace> UploadAsync(SandboxClient client, byte[] archive, CancellationToken cancellationToken) =>
        client.UploadArchiveAsync(taskId, new MemoryStream(archive, writable: false), cancellationToken);

    /// <summary>Runs a command to its end: the result, the output characters seen and the client's elapsed time.</summary>
    private static async Task<(CommandRun Result, long OutputChars, TimeSpan Elapsed)> ExecAsync(
        SandboxClient client, string workspaceId, string command, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var run = await client.RunAsync(workspaceId, command, allowNetwork: false, ExecLimit, cancellationToken, OutputChars);
        return (run, run.OutputTail.Length, Stopwatch.GetElapsedTime(started));
    }
}
