using System.Runtime.CompilerServices;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Cli.Watching;

/// <summary>
/// A task's events in order, each once, until the task ends. A stream that breaks after it delivered something is
/// opened again a few times; the server replays from the start and the events already seen are skipped by sequence.
/// </summary>
public static class TaskEventStream
{
    private const int MaxReconnects = 3;
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public static async IAsyncEnumerable<TaskEvent> ReadAsync(
        TaskService.TaskServiceClient tasks, string taskId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long lastSequence = 0;
        var reconnects = 0;
        while (true)
        {
            using var call = tasks.WatchTask(new WatchTaskRequest { TaskId = taskId }, cancellationToken: cancellationToken);
            while (true)
            {
                bool moved;
                try
                {
                    moved = await call.ResponseStream.MoveNext(cancellationToken);
                }
                catch (RpcException exception) when (lastSequence > 0 && reconnects < MaxReconnects && IsBrokenStream(exception))
                {
                    reconnects++;
                    break;
                }
                if (!moved)
                {
                    yield break;
                }
                var taskEvent = call.ResponseStream.Current;
                if (taskEvent.Sequence > lastSequence)
                {
                    lastSequence = taskEvent.Sequence;
                    yield return taskEvent;
                }
            }
            await Task.Delay(ReconnectDelay * reconnects, cancellationToken);
        }
    }

    private static bool IsBrokenStream(RpcException exception) =>
        exception.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown;
}
