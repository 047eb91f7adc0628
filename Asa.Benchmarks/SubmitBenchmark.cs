using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>submit</c> command: checks the server accepts the run, times a burst of submissions, cancels what is
/// left of it, then times how soon an idle worker starts a task. Returns the process exit code.
/// </summary>
public sealed class SubmitBenchmark(SubmitOptions options, TextWriter output, TextWriter error)
{
    public const int ExitOk = 0;
    public const int ExitUsage = 2;
    public const int ExitServerUnusable = 3;

    private static readonly TimeSpan CleanupLimit = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(120);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(options.TimeLimit);
        var startedAt = DateTimeOffset.UtcNow;
        using var scratch = options.Repo is null ? await ScratchRepository.CreateAsync(timeLimit.Token) : null;
        var repository = options.Repo ?? scratch!.Path;
        var request = new SubmitTaskRequest
        {
            RepoUrl = repository,
            BugDescription = "add(2, 3) returns -1 instead of 5; test_calc.py::test_add fails. (asa benchmark task)",
        };
        using var client = new BenchmarkClient(options.Grpc, Environment.GetEnvironmentVariable(BenchmarkClient.ApiKeyVariable));
        var taskIds = new List<string>();

        var refusal = await PreflightAsync(client, request, taskIds, timeLimit.Token);
        if (refusal is not null)
        {
            await error.WriteLineAsync(refusal);
            return ExitServerUnusable;
        }

        var load = new SubmitLoad(client, request, options.Concurrency, options.Rate);
        LoadResult? warmup = null, measured = null;
        CleanupResult? cleanup = null;
        PickupResult? pickup = null;
        try
        {
            if (options.Warmup > 0)
            {
                warmup = await load.RunAsync(options.Warmup, timeLimit.Token);
                taskIds.AddRange(warmup.TaskIds);
            }
            measured = await load.RunAsync(options.Count, timeLimit.Token);
            taskIds.AddRange(measured.TaskIds);
        }
        finally
        {
            // Whatever happened above, leave no queued work behind; this gets its own time, past the run's limit.
            using var cleanupLimit = new CancellationTokenSource(CleanupLimit);
            cleanup = await new TaskCanceller(client, options.Concurrency).CancelAllAsync(taskIds, cleanupLimit.Token);
        }

        if (options.Pickups > 0 && !timeLimit.IsCancellationRequested)
        {
            try
            {
                pickup = await new PickupProbe(client, request).RunAsync(options.Pickups, DrainLimit, timeLimit.Token);
            }
            catch (RpcException exception)
            {
                await error.WriteLineAsync($"idle pickup phase failed: {exception.StatusCode}: {exception.Status.Detail}");
            }
        }

        var report = new SubmitReport(startedAt, options.Grpc, client.User,
            options.Repo is null ? $"{repository} (scratch, removed after the run)" : repository,
            options.Concurrency, options.Rate, warmup, measured, cleanup, pickup);
        ReportWriter.Print(report, output);
        if (options.JsonPath is not null)
        {
            await ReportWriter.WriteJsonAsync(report, options.JsonPath, CancellationToken.None);
            await output.WriteLineAsync($"figures written to {Path.GetFullPath(options.JsonPath)}");
        }
        return ExitOk;
    }

    /// <summary>One submission that tells apart "no server", "server refuses the repository" and "limits too low".</summary>
    private async Task<string?> PreflightAsync(BenchmarkClient client, SubmitTaskRequest request, List<string> taskIds, CancellationToken cancellationToken)
    {
        try
        {
            var task = await client.Tasks.SubmitTaskAsync(request, client.Call(TimeSpan.FromSeconds(5), cancellationToken));
            taskIds.Add(task.TaskId);
            return null;
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unimplemented)
        {
            return $"""
                no ASA API at {client.Address} ({exception.StatusCode}: {exception.Status.Detail})
                start it with `dotnet run --project Asa.AppHost` (gRPC on http://localhost:5180), or pass --grpc <url> of a running Asa.Api
                """;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.InvalidArgument)
        {
            return $"""
                the API refused the benchmark's task: {exception.Status.Detail}
                for the default scratch repository the server must accept local repositories (Repositories__AllowLocal=true; local mode's default), or pass --repo <https url>
                """;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.ResourceExhausted)
        {
            return $"""
                the API's limits are too low for a benchmark: {exception.Status.Detail}
                restart it with Limits__MaxQueueSize and Limits__MaxSubmissionsPerUserPerDay above {options.Warmup + options.Count + options.Pickups + 2}
                """;
        }
    }
}
