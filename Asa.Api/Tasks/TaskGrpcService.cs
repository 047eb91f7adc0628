using Asa.Api.Access;
using Asa.Api.Grpc;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Api.Tasks;

/// <summary>The task API: validates, admits, reads, cancels and streams tasks. Owns no pipeline logic.</summary>
public sealed class TaskGrpcService(
    SubmitTaskValidator validator,
    TaskAdmission admission,
    TaskQueries queries,
    TaskCancellation cancellation,
    TaskEventFeed feed) : TaskService.TaskServiceBase
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    // Pokes arrive through Redis; reading again this often covers any poke that got lost.
    private static readonly TimeSpan WatchFallbackInterval = TimeSpan.FromSeconds(2);

    public override async Task<AsaTask> SubmitTask(SubmitTaskRequest request, ServerCallContext context)
    {
        var task = validator.Validate(request, CallerIdentity.Of(context).UserId);
        var admitted = await admission.AdmitAsync(task, context.CancellationToken);
        // Answer with the task as admitted: a worker may already have moved it on, and the client asked to submit, not to look.
        return TaskMapping.MapToTask(task, admitted);
    }

    public override async Task<AsaTask> GetTask(GetTaskRequest request, ServerCallContext context) =>
        await GetVisibleTaskAsync(CallerIdentity.Of(context), TaskIds.Parse(request.TaskId), context.CancellationToken);

    public override async Task<ListTasksResponse> ListTasks(ListTasksRequest request, ServerCallContext context)
    {
        var caller = CallerIdentity.Of(context);
        var errors = new FieldErrors();
        if (request.PageSize is < 0 or > MaxPageSize)
        {
            errors.Add("page_size", $"must be between 1 and {MaxPageSize} (0 means {DefaultPageSize})");
        }
        TaskPageCursor? cursor = null;
        if (request.PageToken.Length > 0 && !TaskPageCursor.TryParse(request.PageToken, out cursor))
        {
            errors.Add("page_token", "is not a token returned by ListTasks");
        }
        if (!Enum.IsDefined(request.Status))
        {
            errors.Add("status", $"{(int)request.Status} is not a known task status");
        }
        errors.ThrowIfAny();

        var status = request.Status == TaskState.Unspecified ? (TaskState?)null : request.Status;
        var pageSize = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        var (tasks, next) = await queries.ListAsync(caller, status, pageSize, cursor, context.CancellationToken);
        var costs = await queries.CostsOfAsync(tasks.Select(t => t.Id).ToList(), context.CancellationToken);
        var response = new ListTasksResponse { NextPageToken = next?.ToToken() ?? "" };
        response.Tasks.AddRange(tasks.Select(record => WithCost(TaskMapping.MapToTask(record), costs)));
        return response;
    }

    public override async Task WatchTask(WatchTaskRequest request, IServerStreamWriter<TaskEvent> responseStream, ServerCallContext context)
    {
        var caller = CallerIdentity.Of(context);
        var taskId = TaskIds.Parse(request.TaskId);
        var cancellationToken = context.CancellationToken;
        // Watch before the first read, so an event committed in between still wakes us.
        using var signal = feed.Watch(taskId);
        await GetVisibleTaskAsync(caller, taskId, cancellationToken);

        long lastSeq = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var record in await queries.EventsAfterAsync(taskId, lastSeq, cancellationToken))
            {
                var taskEvent = TaskMapping.MapToEvent(record);
                await responseStream.WriteAsync(taskEvent, cancellationToken);
                lastSeq = record.Seq;
                if (taskEvent.StatusChange?.To.IsTerminal() == true)
                {
                    return;
                }
            }
            await signal.WaitAsync(WatchFallbackInterval, cancellationToken);
        }
    }

    public override async Task<AsaTask> CancelTask(CancelTaskRequest request, ServerCallContext context)
    {
        var caller = CallerIdentity.Of(context);
        var taskId = TaskIds.Parse(request.TaskId);
        var task = await GetVisibleTaskAsync(caller, taskId, context.CancellationToken);
        await cancellation.CancelAsync(taskId, caller.UserId, task.Status, context.CancellationToken);
        return await GetVisibleTaskAsync(caller, taskId, context.CancellationToken);
    }

    public override async Task<AsaTask> RetryTask(RetryTaskRequest request, ServerCallContext context)
    {
        var taskId = TaskIds.Parse(request.TaskId);
        var failed = await FindVisibleAsync(CallerIdentity.Of(context), taskId, context.CancellationToken);
        if (failed.Status != TaskState.Failed.ToName() || failed.Fix is null)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, failed.Status != TaskState.Failed.ToName()
                ? $"Task {taskId} is {failed.Status}; only a FAILED task whose fix was verified can be retried."
                : $"Task {taskId} failed before a fix was verified ({failed.ErrorStage}: {failed.ErrorMessage}); " +
                  "there is no fix to deliver again, so submit the bug again instead."));
        }
        var retry = new NewTask(failed.UserId, failed.RepoUrl, failed.BugDescription, failed.TestCommand, failed.SetupCommand, failed.BaseBranch,
            RetryOf: taskId, Fixer: failed.Fixer, Model: failed.Model);
        var admitted = await admission.AdmitAsync(retry, context.CancellationToken);
        return TaskMapping.MapToTask(retry, admitted);
    }

    private async Task<AsaTask> GetVisibleTaskAsync(Caller caller, Guid taskId, CancellationToken cancellationToken)
    {
        var record = await FindVisibleAsync(caller, taskId, cancellationToken);
        var task = WithCost(TaskMapping.MapToTask(record), await queries.CostsOfAsync([taskId], cancellationToken));
        task.Tests.AddRange((await queries.TestRunsOfAsync(taskId, cancellationToken)).Select(TaskMapping.MapToTestRun));
        task.PromptVersions.AddRange((await queries.PromptVersionsOfAsync(taskId, cancellationToken))
            .Select(p => $"{p.Name} v{p.Version} (sha256:{p.Checksum[..Math.Min(12, p.Checksum.Length)]})"));
        return task;
    }

    // Someone else's task is NOT_FOUND, exactly like a task that does not exist: its existence is not the caller's business.
    private async Task<Core.Data.TaskRecord> FindVisibleAsync(Caller caller, Guid taskId, CancellationToken cancellationToken) =>
        await queries.FindAsync(caller, taskId, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Task {taskId} was not found."));

    private static AsaTask WithCost(AsaTask task, IReadOnlyDictionary<Guid, TaskCost> costs)
    {
        if (costs.TryGetValue(Guid.Parse(task.TaskId), out var cost))
        {
            task.Cost = cost;
        }
        return task;
    }
}
