using Asa.Core.Queue;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Grpc.Core;
using StackExchange.Redis;

namespace Asa.Api.Tasks;

/// <summary>
/// Cancels a task: the CANCELLED state is committed first (so a queued task is skipped whenever a worker
/// reaches it), then the worker running it is told to stop at once.
/// </summary>
public sealed class TaskCancellation(TaskJournal journal, IConnectionMultiplexer redis)
{
    public async Task CancelAsync(Guid taskId, string userId, TaskState current, CancellationToken cancellationToken)
    {
        if (current.IsTerminal())
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Task {taskId} has already ended ({current.ToName()}); there is nothing to cancel."));
        }
        // Logged first: a watcher stops reading at the terminal event, so a line after it would never be seen live.
        await journal.LogAsync(taskId, current, LogSeverity.Info, $"Cancel requested by {userId}.", cancellationToken: cancellationToken);
        if (await journal.TransitionAsync(taskId, TaskState.Cancelled, cancellationToken: cancellationToken) is null)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Task {taskId} ended before it could be cancelled."));
        }
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(TaskQueueNames.CancelChannel), taskId.ToString());
    }
}
