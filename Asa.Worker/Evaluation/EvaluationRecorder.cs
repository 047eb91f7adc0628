using Asa.Core.Errors;
using Asa.Protos.V1;
using Asa.Worker.Pipeline;
using Google.Protobuf;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Evaluation;

/// <summary>
/// Fills in evaluation results as their tasks end: passed when the task ended COMPLETED with a verified fix, correct when
/// that fix also passes the case's held-back check, with the task's time, cost and attempts. Any worker may record any
/// result; the claim keeps two from recording the same one.
/// </summary>
public sealed partial class EvaluationRecorder(
    EvaluationResultStore store,
    HeldBackCheck check,
    IOptions<WorkerOptions> options,
    ILogger<EvaluationRecorder> logger) : BackgroundService
{
    private const int SummaryTailChars = 1500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // A claim outlives its worker only by the check's own time limit and the clone around it.
        var staleAfter = settings.TestTimeLimit + TimeSpan.FromMinutes(5);
        while (!stoppingToken.IsCancellationRequested)
        {
            EndedEvaluation? ended = null;
            try
            {
                ended = await store.TryClaimAsync(settings.ConsumerName, staleAfter, stoppingToken);
                if (ended is not null)
                {
                    var verdict = await JudgeAsync(ended, stoppingToken);
                    if (await store.RecordAsync(ended, settings.ConsumerName, verdict, stoppingToken))
                    {
                        LogRecorded(logger, ended.RunId, ended.TaskId, verdict.Passed, verdict.Correct);
                    }
                    continue;
                }
            }
            catch (Exception exception)
            {
                // Stopping, or a passing fault (the sandbox or the database away): the result is judged again later, here or elsewhere.
                if (ended is not null)
                {
                    await store.ReleaseQuietlyAsync(ended, settings.ConsumerName);
                }
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                LogFailed(logger, exception);
            }
            await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<EvaluationVerdict> JudgeAsync(EndedEvaluation ended, CancellationToken cancellationToken)
    {
        var duration = ended is { StartedAt: { } started, EndedAt: { } end } ? end - started : TimeSpan.Zero;
        var fix = ended.FixJson is null ? null : JsonParser.Default.Parse<TaskFix>(ended.FixJson);
        var search = ended.RepairSearchJson is null ? null : JsonParser.Default.Parse<RepairSearch>(ended.RepairSearchJson);
        var attempts = fix?.Attempts ?? search?.Run ?? 0;
        var hasCheck = ended.CheckCommand is not null;

        if (ended.TaskStatus != "COMPLETED" || fix is null)
        {
            return new EvaluationVerdict(false, hasCheck ? false : null, duration, attempts,
                $"The task ended {ended.TaskStatus}" + (ended.ErrorMessage is { } error ? $": {Tail(error)}" : "."));
        }
        if (!hasCheck)
        {
            return new EvaluationVerdict(true, null, duration, attempts, "Fixed and verified; the case has no held-back check.");
        }
        try
        {
            var run = await check.RunAsync(ended, fix.Diff, cancellationToken);
            var outcome = $"'{ended.CheckCommand}' {run.Describe()}";
            return new EvaluationVerdict(true, run.Succeeded, duration, attempts,
                (run.Succeeded ? $"Fixed, and the held-back check passed: {outcome}." : $"Fixed, but the held-back check failed: {outcome}.")
                + $"\n{Tail(run.OutputTail)}");
        }
        catch (Exception exception) when (exception is AsaException { ErrorClass: not ErrorClass.Transient } or LibGit2Sharp.LibGit2SharpException
                                              or FormatException or IOException)
        {
            // The fix is not judged correct when it cannot be checked; the summary says why, so a reviewer can tell.
            return new EvaluationVerdict(true, false, duration, attempts, $"Fixed, but the held-back check could not run: {exception.Message}");
        }
    }

    private static string Tail(string text) => text.Length <= SummaryTailChars ? text : "…" + text[^SummaryTailChars..];

    [LoggerMessage(Level = LogLevel.Information, Message = "Evaluation run {RunId}: recorded task {TaskId} (passed {Passed}, correct {Correct})")]
    private static partial void LogRecorded(ILogger logger, string runId, Guid taskId, bool passed, bool? correct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording an evaluation result failed; trying again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
