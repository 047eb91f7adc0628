using Asa.Sandbox.Bubblewrap;

namespace Asa.Sandbox.Execution;

/// <summary>
/// Workspaces belong to the sandbox user, because the command runs as that user and can write only what it
/// owns. Whoever fills a workspace as root hands it over here before running anything in it.
/// </summary>
public static class WorkspaceOwnership
{
    /// <summary>Changes the owner of the directory and everything under it, never following a link.</summary>
    public static void HandOver(string directory, BubblewrapOptions options)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return;
        }

        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.TryPop(out var current))
        {
            Change(current, options);
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo && entry.LinkTarget is null)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    Change(entry.FullName, options);
                }
            }
        }
    }

    /// <summary>Changes the owner of the directory alone.</summary>
    public static void HandOverFolder(string directory, BubblewrapOptions options)
    {
        if (Environment.IsPrivilegedProcess)
        {
            Change(directory, options);
        }
    }

    private static void Change(string path, BubblewrapOptions options)
    {
        if (NativeMethods.LChown(path, (uint)options.SandboxUid, (uint)options.SandboxGid) != 0)
        {
            throw new IOException($"Could not hand '{path}' over to the sandbox user (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
        }
    }
}
