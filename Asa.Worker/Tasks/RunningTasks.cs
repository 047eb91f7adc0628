using System.Collections.Concurrent;

namespace Asa.Worker.Tasks;

/// <summary>The tasks this worker is running, so a user's cancel can stop the right one at once.</summary>
public sealed class RunningTasks
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> running = new();

    public IDisposable Register(Guid taskId, CancellationTokenSource cancellation)
    {
        running[taskId] = cancellation;
        return new Registration(() => running.TryRemove(KeyValuePair.Create(taskId, cancellation)));
    }

    public bool Cancel(Guid taskId)
    {
        if (!running.TryGetValue(taskId, out var cancellation))
        {
            return false;
        }
        try
        {
            cancellation.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    private sealed class Registration(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
