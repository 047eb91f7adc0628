using System.Runtime.InteropServices;
using System.Text;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// Makes a repository's storage stall, like a remote that stops answering: its <c>.git/packed-refs</c> becomes a
/// FIFO, and libgit2 blocks opening it until the test lets reads through. A test can then act on a task that is
/// certainly in CLONING_REPO (cancel it, kill its worker, let its time run out) without racing a clock.
/// </summary>
public sealed partial class StalledReads : IDisposable
{
    private const int OpenWriteOnly = 0x1;
    private const int OpenReadOnly = 0x0;
    private const int OpenNonBlocking = 0x800;

    private readonly string fifo;
    private readonly byte[] content;
    private volatile bool stopping;
    private Task? feeding;

    private StalledReads(string fifo, byte[] content)
    {
        this.fifo = fifo;
        this.content = content;
    }

    /// <summary>Stalls every read of the repository's refs from now on, until <see cref="Release"/>.</summary>
    public static StalledReads Install(GitRepository repository)
    {
        var path = Path.Combine(repository.Path, ".git", "packed-refs");
        var content = File.Exists(path) ? File.ReadAllBytes(path) : Encoding.ASCII.GetBytes("\n");
        File.Delete(path);
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed with errno {Marshal.GetLastPInvokeError()}.");
        }
        return new StalledReads(path, content);
    }

    /// <summary>Lets every read through from now on: each reader that opens the refs gets their real content.</summary>
    public void Release() =>
        feeding ??= Task.Factory.StartNew(() =>
        {
            while (!stopping)
            {
                try
                {
                    // Blocks until a reader opens the FIFO; Dispose opens one itself to end the loop. Unbuffered, so
                    // a reader that went away fails the write here, not a flush on close.
                    using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                    writer.Write(content);
                }
                catch (IOException)
                {
                    // The reader closed without reading (libgit2 looks at the file before it reads it); serve the next one.
                }
            }
        }, TaskCreationOptions.LongRunning);

    /// <summary>Stops feeding, frees any reader still waiting, and puts the real file back.</summary>
    public void Dispose()
    {
        stopping = true;
        if (feeding is not null)
        {
            var reader = Open(fifo, OpenReadOnly | OpenNonBlocking);
            feeding.Wait(TestTimeouts.Call);
            Close(reader);
        }
        // Readers abandoned by a cancelled task still wait in open(); give each what it wanted so its thread ends.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var writer = Open(fifo, OpenWriteOnly | OpenNonBlocking);
            if (writer < 0)
            {
                break;
            }
            Write(writer, content, content.Length);
            Close(writer);
        }
        File.Delete(fifo);
        File.WriteAllBytes(fifo, content);
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int descriptor, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
