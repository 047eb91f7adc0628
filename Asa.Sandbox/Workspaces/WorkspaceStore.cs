using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// The workspaces on this sandbox. Each is a folder <c>{root}/{id}</c> holding <c>tree/</c> (the repository,
/// the only place code may write) and <c>snapshot.git/</c> (its first state, for diffs), plus a task marker
/// so a task's workspaces can be collected together.
/// </summary>
public sealed class WorkspaceStore(IOptions<WorkspaceOptions> options, ILogger<WorkspaceStore> logger)
{
    private const string TreeFolder = "tree";
    private const string HomeFolder = "home";
    private const string SnapshotFolder = "snapshot.git";
    private const string TaskFile = "task";
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();

    private string Root => options.Value.Root;

    public async Task<WorkspaceInfo> CreateAsync(string taskId, Stream archive, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, id);
        var tree = Path.Combine(folder, TreeFolder);
        Directory.CreateDirectory(tree);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, TaskFile), taskId, cancellationToken);
            var started = Stopwatch.GetTimestamp();
            var snapshotDirectory = Path.Combine(folder, SnapshotFolder);
            int files;
            long bytes;
            await using (var snapshot = await GitSnapshot.BeginAsync(snapshotDirectory, tree, cancellationToken))
            {
                (files, bytes) = await SnapshotExtractor.ExtractAsync(archive, tree, snapshot, options.Value, cancellationToken);
                await snapshot.CompleteAsync(cancellationToken);
            }
            await GitSnapshot.IndexAsync(snapshotDirectory, tree, cancellationToken);
            logger.LogInformation("Created workspace {WorkspaceId} for task {TaskId}: {Files} files, {Bytes} bytes in {ElapsedMs:F0} ms",
                id, taskId, files, bytes, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new WorkspaceInfo(id, tree, files, bytes);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async Task<WorkspaceInfo> ForkAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var source = FolderOf(workspaceId);
        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, id);
        using (await LockAsync(workspaceId, cancellationToken))
        {
            // cp -a keeps links as links and modes as they are; --reflink shares blocks where the filesystem can.
            await CopyAsync(source, folder, cancellationToken);
        }
        var (files, bytes) = Measure(Path.Combine(folder, TreeFolder));
        return new WorkspaceInfo(id, Path.Combine(folder, TreeFolder), files, bytes);
    }

    public void Delete(string workspaceId)
    {
        var folder = FolderOf(workspaceId);
        Directory.Delete(folder, recursive: true);
        locks.TryRemove(workspaceId, out _);
    }

    /// <summary>Deletes every workspace of a task; returns how many.</summary>
    public int DeleteTask(string taskId)
    {
        var deleted = 0;
        foreach (var folder in Directory.Exists(Root) ? Directory.EnumerateDirectories(Root) : [])
        {
            var marker = Path.Combine(folder, TaskFile);
            if (File.Exists(marker) && File.ReadAllText(marker) == taskId)
            {
                Directory.Delete(folder, recursive: true);
                deleted++;
            }
        }
        return deleted;
    }

    /// <summary>Workspaces not used since <paramref name="before"/>, by id.</summary>
    public IReadOnlyList<string> FindIdle(DateTime before) =>
        (Directory.Exists(Root) ? Directory.EnumerateDirectories(Root) : [])
            .Where(folder => !File.Exists(Path.Combine(folder, TaskFile)) || File.GetLastWriteTimeUtc(Path.Combine(folder, TaskFile)) < before)
            .Select(folder => Path.GetFileName(folder)!)
            .ToList();

    /// <summary>Removes every workspace: after a restart none of them has an owner any more.</summary>
    public int Clear()
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }
        var folders = Directory.GetDirectories(Root);
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
        return folders.Length;
    }

    public string TreeOf(string workspaceId) => Path.Combine(FolderOf(workspaceId), TreeFolder);

    /// <summary>The workspace's home folder beside its tree (never in it, so nothing there is part of a diff); made on first use.</summary>
    public string HomeOf(string workspaceId)
    {
        var home = Path.Combine(FolderOf(workspaceId), HomeFolder);
        if (!Directory.Exists(home))
        {
            Directory.CreateDirectory(home);
        }
        return home;
    }

    public async Task<int> WriteFilesAsync(string workspaceId, IEnumerable<(string Path, byte[] Content)> files, CancellationToken cancellationToken)
    {
        var tree = TreeOf(workspaceId);
        using (await LockAsync(workspaceId, cancellationToken))
        {
            var written = 0;
            foreach (var (path, content) in files)
            {
                var target = WorkspacePaths.Resolve(tree, path, mustExist: false);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, content, cancellationToken);
                written++;
            }
            return written;
        }
    }

    public async Task<IReadOnlyList<(string Path, byte[] Content)>> ReadFilesAsync(string workspaceId, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var tree = TreeOf(workspaceId);
        var read = new List<(string, byte[])>();
        foreach (var path in paths)
        {
            read.Add((path, await File.ReadAllBytesAsync(WorkspacePaths.Resolve(tree, path, mustExist: true), cancellationToken)));
        }
        return read;
    }

    public IReadOnlyList<string> ListFiles(string workspaceId, string directory)
    {
        var tree = TreeOf(workspaceId);
        var start = directory.Length == 0 ? tree : WorkspacePaths.Resolve(tree, directory, mustExist: false);
        if (!Directory.Exists(start))
        {
            throw new WorkspaceException(StatusCode.NotFound, $"Directory '{directory}' does not exist in the workspace.");
        }
        return new DirectoryInfo(start)
            .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(f => Path.GetRelativePath(tree, f.FullName))
            .Where(p => !p.StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public (IReadOnlyList<WorkspaceSearch.Match> Matches, bool Truncated) Search(
        string workspaceId, string query, bool regex, bool ignoreCase, int maxResults, CancellationToken cancellationToken) =>
        WorkspaceSearch.Search(TreeOf(workspaceId), ListFiles(workspaceId, ""), query, regex, ignoreCase, maxResults, cancellationToken);

    public async Task<(string Diff, IReadOnlyList<string> ChangedPaths)> DiffAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var folder = FolderOf(workspaceId);
        using (await LockAsync(workspaceId, cancellationToken))
        {
            return await GitSnapshot.DiffAsync(Path.Combine(folder, SnapshotFolder), Path.Combine(folder, TreeFolder), cancellationToken);
        }
    }

    /// <summary>Serialises changes to one workspace: file writes, diffs, forks and runs do not interleave.</summary>
    public async Task<IDisposable> LockAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var gate = locks.GetOrAdd(workspaceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private string FolderOf(string workspaceId)
    {
        if (workspaceId.Length != 32 || !workspaceId.All(char.IsAsciiHexDigitLower))
        {
            throw new WorkspaceException(StatusCode.InvalidArgument, $"'{workspaceId}' is not a workspace id.");
        }
        var folder = Path.Combine(Root, workspaceId);
        if (!Directory.Exists(folder))
        {
            throw WorkspaceException.NotFound(workspaceId);
        }
        // The task marker's time says when the workspace was last used; the janitor collects idle ones by it.
        File.SetLastWriteTimeUtc(Path.Combine(folder, TaskFile), DateTime.UtcNow);
        return folder;
    }

    private static (int Files, long Bytes) Measure(string tree)
    {
        var files = new DirectoryInfo(tree).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).ToList();
        return (files.Count, files.Sum(f => f.Length));
    }

    private static async Task CopyAsync(string source, string destination, CancellationToken cancellationToken)
    {
        var copy = Process.Start(new ProcessStartInfo("cp", ["-a", "--reflink=auto", source, destination])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("cp could not be started.");
        var error = copy.StandardError.ReadToEndAsync(cancellationToken);
        await copy.WaitForExitAsync(cancellationToken);
        if (copy.ExitCode != 0)
        {
            throw new WorkspaceException(StatusCode.Internal, $"Forking the workspace failed: {(await error).Trim()}");
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

