using System.Runtime.InteropServices;

namespace Asa.Sandbox.Execution;

/// <summary>The libc calls .NET has no managed API for.</summary>
internal static partial class NativeMethods
{
    public const int SigKill = 9;

    // open(2) flags, as Linux defines them on x86-64 and arm64.
    public const int OpenWriteOnly = 0x1;
    public const int OpenNonBlocking = 0x800;
    public const int OpenCloseOnExec = 0x80000;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LChown(string path, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MakeFifo(string path, uint mode);

    /// <summary>open(2) without a mode, so never with O_CREAT.</summary>
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);
}
