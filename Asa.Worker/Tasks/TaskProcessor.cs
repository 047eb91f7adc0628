using Asa.Worker.Storage;
using System.Diagnostics;
using Asa.Core.Errors;
using Asa.Core.Queue;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Asa.Protos.V1;
using Asa.Worker.Pipeline;
using Asa.Worker.Queue;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Tasks;

/// <summary>
/// Carries one delivered task to a terminal state: takes the lease, keeps it alive, runs the pipeline under
/// the task's time limit and the user's cancel, records the outcome, and only then acknowledges the entry.
/// </summary>
public sealed partial class TaskProcessor(
    TaskStore store,
    TaskJournal journal,
    TaskPipeline pipeline,
    TaskQueue queue,
    StreamEntries entries,
    RunningTasks running,
    WorkspaceRoot workspaces,
    SandboxClient sandbox,
    IOptions<WorkerOptions> options,
    TimeProvider clock,
    ILogger<TaskProcessor> logger)
{
    public async Task ProcessAsync(TaskEntry entry, CancellationToken stoppingToken)
    {
        if (entry.TaskId is not { } taskId)
        {
            await entries.DeadLetterAsync(entry.EntryId, "the entry names no task id");
            return;
        }
        var settings = options.Value;
        var task = await store.LoadAsync(taskId, stoppingToken);
        if (task is null)
        {
            await entries.DeadLetterAsync(entry.EntryId, $"task {taskId} does not exist");
            return;
        }
        if (TaskStates.Parse(task.Status).IsTerminal())
        {
            await queue.RemoveAsync(taskId, entry.EntryId);
            return;
        }
        var leased = await store.TryLeaseAsync(taskId, settings.ConsumerName, settings.Lease, stoppingToken);
        if (leased is null)
        {
            // Ended meanwhile, or a live worker holds it; in the second case that worker will finish it.
            if (await store.LoadAsync(taskId, stoppingToken) is { } now && TaskStates.Parse(now.Status).IsTerminal())
            {
                await queue.RemoveAsync(taskId, entry.EntryId);
            }
            return;
        }

        var parent = ActivityContext.TryParse(entry.TraceParent ?? leased.TraceParent, null, out var context) ? context : default;
        using var activity = AsaActivitySources.Worker.StartActivity("asa.task.process", ActivityKind.Consumer, parent);
        activity?.SetTag(AsaActivitySources.TaskIdTag, taskId);
        LogTaskStarted(taskId, leased.Deliveries, leased.Status);

        var outcome = await RunAsync(entry, leased, stoppingToken);
        if (outcome == RunOutcome.Ended)
        {
            await queue.RemoveAsync(taskId, entry.EntryId);
            await store.ReleaseLeaseAsync(taskId, settings.ConsumerName);
        }
        else
        {
            // Shutting down: give the task up so another worker takes it over as soon as the entry idles out.
            await store.ReleaseLeaseAsync(taskId, settings.ConsumerName);
        }
    }

    private async Task<RunOutcome> RunAsync(TaskEntry entry, Core.Data.TaskRecord task, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var resumedFrom = TaskStates.Parse(task.Status);
        var now = clock.GetUtcNow().UtcDateTime;
        var remaining = (task.StartedAt ?? now) + settings.TaskTimeLimit - now;
        var currentStage = resumedFrom == TaskState.Queued ? TaskState.CloningRepo : resumedFrom;

        using var userCancel = new CancellationTokenSource();
        using var timeLimit = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, userCancel.Token, timeLimit.Token);
        using var registration = running.Register(task.Id, userCancel);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(run.Token);
        var heartbeat = KeepLeaseAsync(task.Id, entry.EntryId, heartbeatStop.Token);
        var workspace = workspaces.For(task.Id);
        var context = new TaskContext(task, workspace);
        try
        {
            await pipeline.RunAsync(context, resumedFrom, stage => currentStage = stage, run.Token);
            return RunOutcome.Ended;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested && !userCancel.IsCancellationRequested)
        {
            LogTaskInterrupted(task.Id);
            return RunOutcome.Interrupted;
        }
        catch (Exception exception) when (exception is TaskEndedElsewhereException
                                          || (exception is OperationCanceledException && userCancel.IsCancellationRequested))
        {
            await journal.TransitionAsync(task.Id, TaskState.Cancelled, cancellationToken: CancellationToken.None);
            LogTaskCancelled(task.Id, currentStage);
            return RunOutcome.Ended;
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested)
        {
            await FailAsync(task.Id, currentStage, AsaException.Resource(
                $"The task exceeded its time limit of {Durations.Describe(settings.TaskTimeLimit)} and was stopped during {currentStage.ToName()}."));
            return RunOutcome.Ended;
        }
        catch (StageFailedException failure)
        {
            await FailAsync(task.Id, failure.Stage, failure.Error);
            return RunOutcome.Ended;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Task {TaskId} failed unexpectedly during {Stage}", task.Id, currentStage);
            await FailAsync(task.Id, currentStage, AsaException.Permanent($"Unexpected error during {currentStage.ToName()}: {exception.Message}"));
            return RunOutcome.Ended;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
            DeleteWorkspace(workspace);
            foreach (var sandboxWorkspace in context.SandboxWorkspaces)
            {
                await DeleteSandboxWorkspaceAsync(sandboxWorkspace);
            }
        }
    }

    private async Task FailAsync(Guid taskId, TaskState stage, AsaException error)
    {
        var taskError = new TaskError { Stage = stage, ErrorClass = error.ErrorClass, Message = error.Message };
        if (await journal.TransitionAsync(taskId, TaskState.Failed, taskError, CancellationToken.None) is not null)
        {
            LogTaskFailed(taskId, stage, error.ErrorClass, error.Message);
        }
    }

    private async Task KeepLeaseAsync(Guid taskId, string entryId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.Lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await store.RenewLeaseAsync(taskId, settings.ConsumerName, settings.Lease, cancellationToken);
                    await entries.KeepAsync(settings.ConsumerName, entryId);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Could not renew the lease on task {TaskId}; retrying at the next beat", taskId);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    private async Task DeleteSandboxWorkspaceAsync(string workspaceId)
    {
        try
        {
            await sandbox.DeleteAsync(workspaceId);
        }
        catch (Exception exception)
        {
            // The sandbox collects idle workspaces itself; this only frees the space sooner.
            logger.LogWarning(exception, "Could not delete sandbox workspace {WorkspaceId}", workspaceId);
        }
    }

    private void DeleteWorkspace(string workspace)
    {
        try
        {
            if (Directory.Exists(workspace))
            {
                Directory.Delete(workspace, recursive: true);
            }
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "Could not remove the workspace {Workspace}", workspace);
        }
    }

    private enum RunOutcome
    {
        Ended,
        Interrupted,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} started (delivery {Delivery}, resuming from {Status})")]
    private partial void LogTaskStarted(Guid taskId, int delivery, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} cancelled during {Stage}")]
    private partial void LogTaskCancelled(Guid taskId, TaskState stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} interrupted by shutdown; another worker will resume it")]
    private partial void LogTaskInterrupted(Guid taskId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} failed at {Stage} ({ErrorClass}): {Reason}")]
    private partial void LogTaskFailed(Guid taskId, TaskState stage, ErrorClass errorClass, string reason);
}
