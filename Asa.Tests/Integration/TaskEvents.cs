using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Tests.Integration;

/// <summary>Reads a task's event stream the way a client would.</summary>
public static class TaskEvents
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Watches the task until its stream ends (the task ended) and returns every event.</summary>
    public static async Task<IReadOnlyList<TaskEvent>> WatchToEndAsync(
        this TaskService.TaskServiceClient client, string taskId, Metadata? headers = null, TimeSpan? timeout = null)
    {
        using var call = client.WatchTask(new WatchTaskRequest { TaskId = taskId }, headers,
            deadline: DateTime.UtcNow + (timeout ?? DefaultTimeout));
        var events = new List<TaskEvent>();
        await foreach (var taskEvent in call.ResponseStream.ReadAllAsync())
        {
            events.Add(taskEvent);
        }
        return events;
    }

    /// <summary>Watches until an event matches, leaving the rest of the stream unread.</summary>
    public static async Task<TaskEvent> WatchUntilAsync(
        this TaskService.TaskServiceClient client, string taskId, Func<TaskEvent, bool> predicate, TimeSpan? timeout = null)
    {
        using var call = client.WatchTask(new WatchTaskRequest { TaskId = taskId },
            deadline: DateTime.UtcNow + (timeout ?? DefaultTimeout));
        await foreach (var taskEvent in call.ResponseStream.ReadAllAsync())
        {
            if (predicate(taskEvent))
            {
                return taskEvent;
            }
        }
        throw new InvalidOperationException($"Task {taskId} ended without the awaited event.");
    }

    public static bool Entered(this TaskEvent taskEvent, TaskState state) => taskEvent.StatusChange?.To == state;

    public static IReadOnlyList<TaskState> States(this IEnumerable<TaskEvent> events) =>
        events.Where(e => e.StatusChange is not null).Select(e => e.StatusChange.To).ToList();

    public static IReadOnlyList<string> Logs(this IEnumerable<TaskEvent> events) =>
        events.Where(e => e.Log is not null).Select(e => e.Log.Message).ToList();

    public static TaskError FinalError(this IEnumerable<TaskEvent> events) =>
        events.Last(e => e.StatusChange is not null).StatusChange.Error;

    public static SubmitTaskRequest Submission(string repoUrl, string bug = "add() subtracts instead of adding") =>
        new() { RepoUrl = repoUrl, BugDescription = bug };
}
