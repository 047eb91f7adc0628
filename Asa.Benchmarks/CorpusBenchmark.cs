using System.Diagnostics;
using System.Text.Json;
using Asa.Benchmarks.Corpus;
using Asa.Corpus;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>corpus</c> command: submits every selected corpus case to ASA one after another, waits for each task to
/// end (cancelling it at the case timeout), judges each fix with the case's held-back tests, and reports the
/// figures per case, per language and overall. Returns the process exit code.
/// </summary>
public sealed class CorpusBenchmark(CorpusOptions options, string? apiKey, TextWriter output, TextWriter error)
{
    public const int ExitCorpusInvalid = 4;
    public const int ExitInterrupted = 130;

    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        IReadOnlyList<CorpusCase> cases;
        string corpusDirectory;
        try
        {
            corpusDirectory = Path.GetFullPath(options.CorpusDirectory ?? CorpusCatalog.Locate());
            cases = CorpusCatalog.Load(corpusDirectory).Where(options.Selects).ToList();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidDataException or IOException)
        {
            await error.WriteLineAsync($"the corpus cannot be used: {exception.Message}");
            return ExitCorpusInvalid;
        }
        if (cases.Count == 0)
        {
            var selection = (options.Cases.Count > 0 ? $" --cases {string.Join(',', options.Cases)}" : "") + (options.Language is null ? "" : $" --language {options.Language}")
                + (options.Set is null ? "" : $" --set {options.Set}");
            await error.WriteLineAsync($"no case in {corpusDirectory} matches{selection}\n\n{CorpusOptions.Usage}");
            return SubmitBenchmark.ExitUsage;
        }

        using var client = new BenchmarkClient(options.Grpc, apiKey);
        var results = new List<CorpusCaseResult>();
        string? incomplete = null;
        var exitCode = SubmitBenchmark.ExitOk;
        foreach (var corpusCase in cases)
        {
            try
            {
                var result = await RunCaseAsync(client, corpusCase, cancellationToken);
                results.Add(result);
                CorpusReportWriter.PrintProgress(result, results.Count, cases.Count, output);
            }
            catch (ServerUnusableException exception)
            {
                incomplete = exception.Message;
                exitCode = SubmitBenchmark.ExitServerUnusable;
                break;
            }
            catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is OperationCanceledException or RpcException)
            {
                incomplete = $"interrupted during {corpusCase.Name}";
                exitCode = ExitInterrupted;
                break;
            }
        }

        var report = new CorpusReport(startedAt, options.Grpc, client.User, corpusDirectory, options.CaseTimeout, results, incomplete);
        CorpusReportWriter.Print(report, output);
        await CorpusReportWriter.WriteJsonAsync(report, options.JsonPath, CancellationToken.None);
        await output.WriteLineAsync($"results written to {Path.GetFullPath(options.JsonPath)}");
        if (incomplete is not null)
        {
            await error.WriteLineAsync(incomplete);
        }
        return exitCode;
    }

    private async Task<CorpusCaseResult> RunCaseAsync(BenchmarkClient client, CorpusCase corpusCase, CancellationToken cancellationToken)
    {
        CorpusCheckout repository;
        try
        {
            repository = await CorpusCheckout.RepositoryAsync(corpusCase, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return NotSubmitted(corpusCase, $"buggy/ could not be made a git repository: {exception.Message}");
        }
        using (repository)
        {
            return await SubmitAndJudgeAsync(client, corpusCase, repository, cancellationToken);
        }
    }

    private async Task<CorpusCaseResult> SubmitAndJudgeAsync(BenchmarkClient client, CorpusCase corpusCase, CorpusCheckout repository, CancellationToken cancellationToken)
    {
        var request = new SubmitTaskRequest
        {
            RepoUrl = repository.Path,
            BugDescription = corpusCase.Description,
            TestCommand = corpusCase.TestCommand,
        };
        var clock = Stopwatch.StartNew();
        AsaTask task;
        try
        {
            task = await client.Tasks.SubmitTaskAsync(request, client.Call(CallDeadline, cancellationToken));
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServerUnusableException(Refusal(client, corpusCase, exception), exception);
        }

        var (ended, timedOut, lostReason) = await AwaitEndAsync(client, task.TaskId, clock, cancellationToken);
        var seconds = ended is { CreatedAt: { } created, EndedAt: { } endedAt } ? (endedAt.ToDateTimeOffset() - created.ToDateTimeOffset()).TotalSeconds : clock.Elapsed.TotalSeconds;
        var final = ended ?? task;
        var isFixed = final.Status == TaskState.Completed && final.Fix is { Diff.Length: > 0 };
        HeldBackVerdict? verdict = isFixed
            ? await HeldBackCheck.RunAsync(corpusCase, final.Fix!.Diff, HeldBackCheck.DefaultTimeLimit, cancellationToken)
            : null;
        var search = final.RepairSearch;
        return new CorpusCaseResult(
            corpusCase.Name,
            corpusCase.Language,
            corpusCase.Category,
            corpusCase.Bug,
            corpusCase.EngineFixable,
            corpusCase.Set,
            task.TaskId,
            ended is null ? "LOST" : JsonStatus(final.Status),
            timedOut,
            isFixed,
            verdict?.Correct,
            verdict?.Reason,
            Math.Round(seconds, 1),
            search?.Generated,
            search?.Run,
            search?.Stopped,
            lostReason ?? (final.Status == TaskState.Failed ? final.Error?.Message : null));
    }

    private static CorpusCaseResult NotSubmitted(CorpusCase corpusCase, string reason) =>
        new(corpusCase.Name, corpusCase.Language, corpusCase.Category, corpusCase.Bug, corpusCase.EngineFixable, corpusCase.Set, null, "NOT_SUBMITTED",
            false, false, null, null, 0, null, null, null, reason);

    /// <summary>Polls the task until it ends; past the case timeout, cancels it and reads it once more.</summary>
    private async Task<(AsaTask? Task, bool TimedOut, string? LostReason)> AwaitEndAsync(
        BenchmarkClient client, string taskId, Stopwatch clock, CancellationToken cancellationToken)
    {
        string? lastError = null;
        try
        {
            while (true)
            {
                if (clock.Elapsed > options.CaseTimeout)
                {
                    return (await CancelAsync(client, taskId), true, null);
                }
                try
                {
                    var task = await client.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = taskId }, client.Call(CallDeadline, cancellationToken));
                    if (IsTerminal(task.Status))
                    {
                        return (task, false, null);
                    }
                }
                catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
                {
                    // The API restarting mid-run is worth waiting out until the case's time is up.
                    lastError = $"{exception.StatusCode}: {exception.Status.Detail}";
                }
                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, false, $"lost sight of task {taskId}: {exception.StatusCode}: {exception.Status.Detail}{(lastError is null ? "" : $" (before: {lastError})")}");
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is OperationCanceledException or RpcException)
        {
            // Ctrl+C leaves no task of the run behind.
            using var cleanup = new CancellationTokenSource(CallDeadline);
            await CancelAsync(client, taskId, cleanup.Token);
            throw;
        }
    }

    private static async Task<AsaTask> CancelAsync(BenchmarkClient client, string taskId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await client.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = taskId }, client.Call(CallDeadline, cancellationToken));
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
        {
            // It ended on its own between the last poll and the cancel.
            return await client.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = taskId }, client.Call(CallDeadline, cancellationToken));
        }
    }

    private static bool IsTerminal(TaskState state) => state is TaskState.Completed or TaskState.Failed or TaskState.Cancelled;

    // The names the proto declares (COMPLETED), as the API's REST mapping and the CLI show them.
    private static string JsonStatus(TaskState state) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(state.ToString());

    private static string Refusal(BenchmarkClient client, CorpusCase corpusCase, RpcException exception) => exception.StatusCode switch
    {
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unimplemented =>
            $"no ASA API at {client.Address} ({exception.StatusCode}: {exception.Status.Detail}); start it with `dotnet run --project Asa.AppHost` or pass --grpc <url>",
        StatusCode.Unauthenticated or StatusCode.PermissionDenied =>
            $"the API refused the caller ({exception.StatusCode}: {exception.Status.Detail}); set {BenchmarkClient.ApiKeyVariable} to an API key",
        StatusCode.InvalidArgument =>
            $"the API refused case {corpusCase.Name}: {exception.Status.Detail}; the API must accept local repositories (Repositories__AllowLocal=true)",
        StatusCode.ResourceExhausted =>
            $"the API's limits stopped the run at case {corpusCase.Name}: {exception.Status.Detail}; raise Limits__MaxQueueSize and Limits__MaxSubmissionsPerUserPerDay",
        _ => $"submitting case {corpusCase.Name} failed: {exception.StatusCode}: {exception.Status.Detail}",
    };

    /// <summary>The server refused a submission: no later case could fare better, so the run stops there.</summary>
    private sealed class ServerUnusableException(string message, Exception inner) : Exception(message, inner);
}
