using Microsoft.Extensions.Options;

namespace Asa.Worker.Storage;

/// <summary>
/// This worker's folder for clones, under the shared work directory. The worker holds a lock file in it for its
/// whole life, so on start it can tell the folders of dead workers (lock free) from live ones and remove them:
/// a killed worker leaves no clones behind for long.
/// </summary>
public sealed class WorkspaceRoot : IDisposable
{
    private const string LockFileName = ".owner.lock";
    private readonly FileStream ownerLock;

    public WorkspaceRoot(IOptions<WorkerOptions> options, ILogger<WorkspaceRoot> logger)
    {
        var shared = options.Value.WorkDirectory;
        Directory.CreateDirectory(shared);
        RemoveAbandoned(shared, logger);
        Path = System.IO.Path.Combine(shared, options.Value.ConsumerName);
        Directory.CreateDirectory(Path);
        ownerLock = new FileStream(System.IO.Path.Combine(Path, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    public string Path { get; }

    public string For(Guid taskId) => System.IO.Path.Combine(Path, taskId.ToString("N"));

    public void Dispose() => ownerLock.Dispose();

    private static void RemoveAbandoned(string shared, ILogger logger)
    {
        foreach (var folder in Directory.EnumerateDirectories(shared))
        {
            try
            {
                using (new FileStream(System.IO.Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
                {
                }
                Directory.Delete(folder, recursive: true);
                logger.LogInformation("Removed {Folder}, left behind by a worker that is gone", folder);
            }
            catch (IOException)
            {
                // Its worker is alive and holds the lock.
            }
        }
    }
}
