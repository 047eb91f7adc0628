using System.Collections.Concurrent;
using Asa.Repair.Edits;

namespace Asa.Repair.Tests.Fakes;

/// <summary>
/// A sandbox held in memory: workspaces are dictionaries of files, and a command's run is whatever
/// <paramref name="run"/> says of the workspace's files. It records every write, fork and deletion, so a test can see
/// what a fixer did, in what order.
/// </summary>
public sealed class InMemoryCandidateRunner(Func<IReadOnlyDictionary<string, string>, string, CommandRun> run) : ICandidateRunner
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> workspaces = new();
    private int forks;

    public ConcurrentQueue<(string Workspace, string Path, string Content)> Writes { get; } = new();

    public ConcurrentQueue<string> Commands { get; } = new();

    public ConcurrentQueue<string> Deleted { get; } = new();

    public string Create(IReadOnlyDictionary<string, string> files)
    {
        var id = $"ws-{Interlocked.Increment(ref forks)}";
        workspaces[id] = new ConcurrentDictionary<string, string>(files, StringComparer.Ordinal);
        return id;
    }

    public IReadOnlyDictionary<string, string> Files(string workspaceId) => workspaces[workspaceId];

    public IEnumerable<string> Live => workspaces.Keys;

    public Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken) =>
        Task.FromResult(Create(workspaces[workspaceId]));

    public Task WriteFilesAsync(
        string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken)
    {
        foreach (var (path, content) in files)
        {
            workspaces[workspaceId][path] = content;
            Writes.Enqueue((workspaceId, path, content));
        }
        return Task.CompletedTask;
    }

    /// <summary>How long a command takes: a run cancelled before then gives nothing, as a sandbox run cancelled part way through.</summary>
    public Func<string, TimeSpan> Duration { get; set; } = _ => TimeSpan.Zero;

    public async Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Commands.Enqueue(command);
        if (Duration(command) is var duration && duration > TimeSpan.Zero)
        {
            await Task.Delay(duration, cancellationToken);
        }
        return run(workspaces[workspaceId], command);
    }

    public Task DeleteAsync(string workspaceId)
    {
        workspaces.TryRemove(workspaceId, out _);
        Deleted.Enqueue(workspaceId);
        return Task.CompletedTask;
    }
}
