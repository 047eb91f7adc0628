using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// One running <c>git fast-import</c> that records a snapshot as it is unpacked: every file goes into a single
/// pack in one commit, instead of one loose object per file, and git hashes and compresses on its own core
/// while the extractor writes the tree.
/// </summary>
public sealed class SnapshotImport : IAsyncDisposable
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(
        $"commit refs/heads/{GitSnapshot.Branch}\ncommitter asa-sandbox <sandbox@asa.invalid> 0 +0000\ndata 8\nsnapshot\n");

    // The extractor hands bytes to this buffer and a thread of its own writes them to git: a blocking pipe
    // write on a pool thread stalls the pool (measured: half of a 10,000-file upload went to waiting for it).
    private readonly Pipe buffer = new(new PipeOptions(pauseWriterThreshold: 8 << 20, resumeWriterThreshold: 4 << 20, minimumSegmentSize: 64 << 10, useSynchronizationContext: false));
    private readonly Process process;
    private readonly Task<string> error;
    private readonly Task feeding;
    private bool completed;

    private SnapshotImport(Process process)
    {
        this.process = process;
        error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        feeding = Task.Factory.StartNew(Feed, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public static async Task<SnapshotImport> StartAsync(ProcessStartInfo fastImport, CancellationToken cancellationToken)
    {
        var import = new SnapshotImport(Process.Start(fastImport) ?? throw new InvalidOperationException("git fast-import could not be started."));
        await import.SendAsync(Header, cancellationToken);
        return import;
    }

    /// <summary>Announces a regular file of <paramref name="length"/> bytes; its content follows through <see cref="WriteAsync"/>.</summary>
    public Task BeginFileAsync(string path, bool executable, long length, CancellationToken cancellationToken) =>
        SendAsync(Encoding.UTF8.GetBytes($"M {(executable ? "100755" : "100644")} inline {Quote(path)}\ndata {length}\n"), cancellationToken);

    public Task WriteAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) => SendAsync(content, cancellationToken);

    public async Task AddLinkAsync(string path, string target, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(target);
        await SendAsync(Encoding.UTF8.GetBytes($"M 120000 inline {Quote(path)}\ndata {bytes.Length}\n"), cancellationToken);
        await SendAsync(bytes, cancellationToken);
    }

    /// <summary>Ends the commit and waits for git to write the pack.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await SendAsync("\ndone\n"u8.ToArray(), cancellationToken);
        await buffer.Writer.CompleteAsync();
        await feeding.WaitAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw await FailureAsync();
        }
        completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await buffer.Writer.CompleteAsync();
        if (!completed && !process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        await feeding;
        process.Dispose();
    }

    private async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var flushed = await buffer.Writer.WriteAsync(bytes, cancellationToken);
        if (flushed.IsCompleted)
        {
            // The feeding thread stopped reading: git is gone.
            await process.WaitForExitAsync(cancellationToken);
            throw await FailureAsync();
        }
    }

    private void Feed()
    {
        try
        {
            using var input = process.StandardInput.BaseStream;
            while (true)
            {
                var read = buffer.Reader.ReadAsync().AsTask().GetAwaiter().GetResult();
                foreach (var segment in read.Buffer)
                {
                    input.Write(segment.Span);
                }
                buffer.Reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
            buffer.Reader.Complete();
        }
        catch (IOException)
        {
            // git ended early; the writer sees the pipe completed and reports git's own message.
            buffer.Reader.Complete();
        }
    }

    private async Task<WorkspaceException> FailureAsync() =>
        new(StatusCode.Internal, $"Recording the snapshot failed: git fast-import exited with {process.ExitCode}: {(await error).Trim()}");

    // fast-import reads a path up to the end of the line; one that starts with a quote or holds a control
    // character is written C-style quoted, byte by byte.
    private static string Quote(string path)
    {
        if (!path.StartsWith('"') && !path.Any(char.IsControl))
        {
            return path;
        }
        var quoted = new StringBuilder("\"");
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            quoted.Append(b switch
            {
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                < 0x20 or >= 0x7f => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}",
                _ => ((char)b).ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
