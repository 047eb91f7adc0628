namespace Asa.Api.Tasks;

/// <summary>An auto-reset signal a watcher waits on between reads of its task's events.</summary>
public sealed class TaskEventSignal(Action onDispose) : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public bool IsDisposed { get; private set; }

    public void Set()
    {
        if (IsDisposed)
        {
            return;
        }
        try
        {
            if (semaphore.CurrentCount == 0)
            {
                semaphore.Release();
            }
        }
        catch (Exception exception) when (exception is SemaphoreFullException or ObjectDisposedException)
        {
            // Another poke got there first, or the watcher just left; either way nothing is lost.
        }
    }

    /// <summary>Waits for a poke, or at most <paramref name="timeout"/>, so a lost poke only delays an event.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        IsDisposed = true;
        onDispose();
        semaphore.Dispose();
    }
}
