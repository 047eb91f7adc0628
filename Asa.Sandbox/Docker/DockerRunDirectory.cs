using System.Runtime.InteropServices;
using System.Text;
using Asa.Sandbox.Execution;
using Microsoft.Win32.SafeHandles;

namespace Asa.Sandbox.Docker;

/// <summary>
/// The host directory one run shares with its <see cref="DockerRunWrapper"/>, bind-mounted read-write at
/// <see cref="DockerRunWrapper.MountPath"/>: the stop FIFO, which only the service can open for writing, and the
/// usage report the wrapper writes. The directory is sticky and writable by all, so the sandbox user can create
/// the report but cannot replace the FIFO; its parent (<see cref="DockerHostDirectory"/>) is closed to others.
/// </summary>
internal sealed class DockerRunDirectory : IDisposable
{
    private const UnixFileMode StickyAndOpenToAll = UnixFileMode.StickyBit
        | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
    private const UnixFileMode ReadableByAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    // The wrapper writes a few hundred bytes; anything much larger was not written by it.
    private const int MaxReportBytes = 64 * 1024;

    private DockerRunDirectory(string hostPath) => HostPath = hostPath;

    public string HostPath { get; }

    private string StopFile => Path.Combine(HostPath, DockerRunWrapper.StopFile);

    private string UsageFile => Path.Combine(HostPath, DockerRunWrapper.UsageFile);

    public static DockerRunDirectory Create(string path)
    {
        Directory.CreateDirectory(path);
        var directory = new DockerRunDirectory(path);
        try
        {
            File.SetUnixFileMode(path, StickyAndOpenToAll);
            if (NativeMethods.MakeFifo(directory.StopFile, (uint)ReadableByAll) != 0)
            {
                throw new IOException($"Could not create the stop FIFO in '{path}' (errno {Marshal.GetLastPInvokeError()}).");
            }

            File.SetUnixFileMode(directory.StopFile, ReadableByAll);
            return directory;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Asks the wrapper to end the run, keeping its counters; false when its watchdog is not waiting (not started
    /// yet, or killed by the command), and the container has to be killed outright.
    /// </summary>
    public bool TryRequestStop()
    {
        // Non-blocking: with no reader waiting, the open fails (ENXIO) instead of waiting for one.
        var descriptor = NativeMethods.Open(
            StopFile, NativeMethods.OpenWriteOnly | NativeMethods.OpenNonBlocking | NativeMethods.OpenCloseOnExec);
        if (descriptor < 0)
        {
            return false;
        }

        new SafeFileHandle(descriptor, ownsHandle: true).Dispose();
        return true;
    }

    /// <summary>
    /// The wrapper's report, or null when it left none (the container was killed outright). Call it only once the
    /// container has exited: then nothing is left inside to swap the file for a link or a FIFO after the checks.
    /// </summary>
    public DockerUsageReport? ReadUsage()
    {
        var report = new FileInfo(UsageFile);
        // A FIFO or a socket has a length of 0, so it is never opened (a FIFO would block the read).
        if (!report.Exists || report.LinkTarget is not null || report.Length is 0 or > MaxReportBytes)
        {
            return null;
        }

        return DockerUsageReport.Parse(File.ReadAllText(report.FullName, Encoding.UTF8));
    }

    public void Dispose()
    {
        if (Directory.Exists(HostPath))
        {
            Directory.Delete(HostPath, recursive: true);
        }
    }
}
