using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Asa.Protos.V1;
using Asa.Worker.Pipeline.Stages;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Runs the stages every task shares (cloning, indexing), then reproduces the bug and repairs it with the task's fixer
/// (<see cref="FixerSelection"/>), then delivers the verified fix (CREATING_PR) and ends the task COMPLETED; or FAILED when no fixer is configured,
/// or before any work when the fixer asked for cannot run on this worker. A resumed task runs the stages it had already
/// entered again without announcing them a second time, so its event history has no duplicates; one that already holds
/// a verified fix skips the stages that find one.
/// </summary>
public sealed class TaskPipeline(
    IEnumerable<IPipelineStage> sharedStages,
    FixerSelection fixers,
    ReproduceStage reproduce,
    RepairStage repair,
    CreatePullRequestStage delivery,
    TaskJournal journal,
    IOptions<WorkerOptions> options,
    ILogger<TaskPipeline> logger)
{
    private readonly IReadOnlyList<IPipelineStage> orderedSharedStages = [.. sharedStages];

    public async Task RunAsync(TaskContext context, TaskState resumedFrom, Action<TaskState> onStage, CancellationToken cancellationToken)
    {
        context.Progress = new StageProgress(context.TaskId, journal, resumedFrom, onStage);
        var fixedBefore = context.Fix is not null;
        // Delivering a fix found earlier needs no fixer, so a worker that cannot run the one asked for may still deliver it.
        context.Fixer = fixedBefore ? null : FixerFor(context);
        IReadOnlyList<IPipelineStage> fixerStages = fixedBefore ? []
            : context.Fixer is { } chosen ? [chosen.Reproduction, repair]
            : [reproduce];
        if (fixedBefore)
        {
            await journal.LogAsync(context.TaskId, context.Progress.Current, LogSeverity.Info,
                (context.Task.RetryOf is { } failed ? $"This task delivers again the verified fix of task {failed}" : "The task already holds a verified fix") +
                "; the stages that find and verify a fix are skipped.",
                dedupeKey: "fixed-before", cancellationToken: cancellationToken);
        }
        foreach (var stage in orderedSharedStages.Concat(fixerStages).Where(stage => !fixedBefore || stage.NeededForDelivery))
        {
            await RunStageAsync(stage, context, cancellationToken);
        }

        if (context.Fix is null)
        {
            throw new StageFailedException(TaskState.GeneratingFix, AsaException.Permanent(
                "The bug is reproduced, but no fixer is configured: the embedded engine is off (Engine:Mode=Off) and no model is set. " +
                "Turn the engine on (Engine:Mode=Auto) or set a model (Llm:Provider, or OPENAI_API_KEY) for the LLM fixer. " +
                "Nothing was changed in the repository."));
        }
        await RunStageAsync(delivery, context, cancellationToken);
        await journal.LogAsync(context.TaskId, context.Progress.Current, LogSeverity.Info,
            $"The fix passed verification after {context.Fix.Attempts} candidate(s). {context.DeliverySummary}",
            dedupeKey: "completed", cancellationToken: cancellationToken);
        if (await journal.TransitionAsync(context.TaskId, TaskState.Completed, cancellationToken: cancellationToken) is null)
        {
            throw new TaskEndedElsewhereException(context.TaskId);
        }
    }

    private ChosenFixer? FixerFor(TaskContext context)
    {
        try
        {
            return fixers.For(context.Task);
        }
        catch (AsaException error)
        {
            throw new StageFailedException(context.Progress.Current, error);
        }
    }

    private async Task RunStageAsync(IPipelineStage stage, TaskContext context, CancellationToken cancellationToken)
    {
        await context.Progress.EnterAsync(stage.EntryState, cancellationToken);
        using var activity = AsaActivitySources.Worker.StartActivity($"asa.stage {stage.EntryState.ToName()}");
        activity?.SetTag(AsaActivitySources.TaskIdTag, context.TaskId);
        activity?.SetTag(AsaActivitySources.StageTag, stage.EntryState.ToName());
        await RunWithRetriesAsync(stage, context, cancellationToken);
    }

    private async Task RunWithRetriesAsync(IPipelineStage stage, TaskContext context, CancellationToken cancellationToken)
    {
        var attempts = options.Value.TransientAttempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await stage.RunAsync(context, cancellationToken);
                return;
            }
            catch (AsaException error) when (error.ErrorClass.IsRetryable() && attempt < attempts)
            {
                var delay = BackoffDelay(attempt);
                logger.LogWarning(error, "Stage {Stage} of task {TaskId} failed transiently (attempt {Attempt} of {Attempts}); retrying in {Delay}",
                    stage.EntryState, context.TaskId, attempt, attempts, delay);
                await journal.LogAsync(context.TaskId, context.Progress.Current, LogSeverity.Warning,
                    $"Attempt {attempt} failed on a transient error ({error.Message}); retrying in {delay.TotalSeconds:0.0} s.",
                    cancellationToken: cancellationToken);
                await Task.Delay(delay, cancellationToken);
            }
            catch (AsaException error)
            {
                // A stage that loops through several statuses fails in the one it had reached.
                throw new StageFailedException(context.Progress.Current, error);
            }
        }
    }

    // Exponential with full jitter, so workers that failed together do not retry together.
    private static TimeSpan BackoffDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(250, 1000 * (1 << Math.Min(attempt, 5))));
}
