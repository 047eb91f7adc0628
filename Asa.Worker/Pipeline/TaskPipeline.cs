using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Asa.Protos.V1;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Runs the stages in order. A resumed task runs the stages it had already entered again without
/// announcing them a second time, so its event history has no duplicates.
/// </summary>
public sealed class TaskPipeline(
    IEnumerable<IPipelineStage> stages,
    TaskJournal journal,
    IOptions<WorkerOptions> options,
    ILogger<TaskPipeline> logger)
{
    private readonly IReadOnlyList<IPipelineStage> orderedStages = stages.OrderBy(s => (int)s.State).ToList();

    /// <summary>The stage that would come after the last one this build has.</summary>
    public TaskState FirstMissingStage => orderedStages.Count == 0 ? TaskState.CloningRepo : orderedStages[^1].State + 1;

    public async Task RunAsync(TaskContext context, TaskState resumedFrom, Action<TaskState> onStage, CancellationToken cancellationToken)
    {
        foreach (var stage in orderedStages)
        {
            onStage(stage.State);
            if ((int)stage.State > (int)resumedFrom
                && await journal.TransitionAsync(context.TaskId, stage.State, cancellationToken: cancellationToken) is null)
            {
                throw new TaskEndedElsewhereException(context.TaskId);
            }
            using var activity = AsaActivitySources.Worker.StartActivity($"asa.stage {stage.State.ToName()}");
            activity?.SetTag(AsaActivitySources.TaskIdTag, context.TaskId);
            activity?.SetTag(AsaActivitySources.StageTag, stage.State.ToName());
            await RunWithRetriesAsync(stage, context, cancellationToken);
        }

        throw new StageFailedException(FirstMissingStage, AsaException.Permanent(
            $"The bug is reproduced, but ASA cannot go past {orderedStages[^1].State.ToName()} in this build: fixing it needs a fixer " +
            "(an LLM or the embedded repair engine), and none is available yet. Nothing was changed in the repository."));
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
                    stage.State, context.TaskId, attempt, attempts, delay);
                await journal.LogAsync(context.TaskId, stage.State, LogSeverity.Warning,
                    $"Attempt {attempt} failed on a transient error ({error.Message}); retrying in {delay.TotalSeconds:0.0} s.",
                    cancellationToken: cancellationToken);
                await Task.Delay(delay, cancellationToken);
            }
            catch (AsaException error)
            {
                throw new StageFailedException(stage.State, error);
            }
        }
    }

    // Exponential with full jitter, so workers that failed together do not retry together.
    private static TimeSpan BackoffDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(250, 1000 * (1 << Math.Min(attempt, 5))));
}
