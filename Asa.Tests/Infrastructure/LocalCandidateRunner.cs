using System.Diagnostics;
using System.Text;
using Asa.Benchmarks.Corpus;
using Asa.Repair;
using Asa.Repair.Edits;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// An <see cref="ICandidateRunner"/> on this machine, for tests that need real commands but not the sandbox service:
/// a workspace is a directory under a temporary root, a fork is a copy of it, and a command runs as <c>bash -c</c> in
/// it with Debian's toolchains first on PATH (as in the sandbox), killed with its whole process tree at its time limit.
/// Nothing is isolated: run only code the test wrote. Disposing deletes every workspace.
/// </summary>
public sealed class LocalCandidateRunner : ICandidateRunner, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("asa-local-runner-").FullName;
    private int workspaces;

    /// <summary>A new workspace holding <paramref name="files"/> (UTF-8).</summary>
    public string Create(IReadOnlyDictionary<string, string> files)
    {
        var id = NewWorkspace();
        foreach (var (path, text) in files)
        {
            Write(id, path, Encoding.UTF8.GetBytes(text));
        }
        return id;
    }

    /// <summary>The workspace's directory on this machine.</summary>
    public string PathOf(string workspaceId)
    {
        var directory = Path.Combine(root, workspaceId);
        return Directory.Exists(directory) && Path.GetDirectoryName(directory) == root
            ? directory
            : throw new ArgumentException($"No workspace '{workspaceId}'.", nameof(workspaceId));
    }

    public Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var source = PathOf(workspaceId);
        var fork = NewWorkspace();
        var target = Path.Combine(root, fork);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
        return Task.FromResult(fork);
    }

    public Task WriteFilesAsync(
        string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken)
    {
        foreach (var (path, text) in files)
        {
            Write(workspaceId, path, (encodingOf?.Invoke(path) ?? TextEncoding.Utf8).Encode(text));
        }
        return Task.CompletedTask;
    }

    public async Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var run = await ShellRun.RunAsync(PathOf(workspaceId), command, wallTime, cancellationToken, outputChars);
        // A run stopped at its time limit was killed with its process tree: SIGKILL's exit status.
        return new CommandRun(run.ExitCode ?? 137, run.TimedOut ? [RunLimit.Time] : [], clock.Elapsed, run.OutputTail);
    }

    public Task DeleteAsync(string workspaceId)
    {
        Directory.Delete(PathOf(workspaceId), recursive: true);
        return Task.CompletedTask;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string NewWorkspace()
    {
        var id = $"ws-{Interlocked.Increment(ref workspaces)}";
        Directory.CreateDirectory(Path.Combine(root, id));
        return id;
    }

    private void Write(string workspaceId, string path, byte[] bytes)
    {
        var directory = PathOf(workspaceId);
        var full = Path.GetFullPath(Path.Combine(directory, path));
        if (!full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is outside the workspace.", nameof(path));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
