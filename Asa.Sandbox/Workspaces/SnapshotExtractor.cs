using System.Formats.Tar;
using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// Unpacks an uploaded tar archive into a workspace tree and, in the same pass, into its git snapshot: regular
/// files, directories and symbolic links (kept as they are, never followed); anything else is skipped, and any
/// entry that would land outside the tree is refused.
/// </summary>
public static class SnapshotExtractor
{
    private const int CopyBufferSize = 128 * 1024;

    public static async Task<(int Files, long Bytes)> ExtractAsync(
        Stream archive, string tree, SnapshotImport snapshot, WorkspaceOptions limits, CancellationToken cancellationToken)
    {
        try
        {
            return await ExtractEntriesAsync(archive, tree, snapshot, limits, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            throw new WorkspaceException(StatusCode.InvalidArgument, $"The upload is not a tar archive the sandbox can read: {exception.Message}");
        }
    }

    private static async Task<(int Files, long Bytes)> ExtractEntriesAsync(
        Stream archive, string tree, SnapshotImport snapshot, WorkspaceOptions limits, CancellationToken cancellationToken)
    {
        var buffer = new byte[CopyBufferSize];
        var directories = new HashSet<string>(StringComparer.Ordinal) { "" };
        var files = 0;
        long bytes = 0;
        await using var reader = new TarReader(archive);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (entry.Name.StartsWith('/'))
            {
                throw new WorkspaceException(StatusCode.InvalidArgument, $"The archive entry '{entry.Name}' is absolute.");
            }
            var name = entry.Name;
            while (name.StartsWith("./", StringComparison.Ordinal))
            {
                name = name[2..];
            }
            name = name.TrimEnd('/');
            if (name is "" or ".")
            {
                continue;
            }
            if (name.Split('/').Any(segment => segment == ".."))
            {
                throw new WorkspaceException(StatusCode.InvalidArgument, $"The archive entry '{entry.Name}' points outside the workspace.");
            }
            var target = Path.Combine(tree, name);
            // git keeps its own directory out of every commit; a nested .git is unpacked but not recorded.
            var recorded = !name.Split('/').Any(segment => segment.Equals(".git", StringComparison.OrdinalIgnoreCase));
            // Parents were created by earlier entries or here; none may be a link, or a write could escape.
            EnsureDirectory(tree, Path.GetDirectoryName(name) ?? "", directories);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    EnsureDirectory(tree, name, directories);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    files++;
                    bytes += entry.Length;
                    if (files > limits.MaxSnapshotFiles || bytes > limits.MaxSnapshotBytes)
                    {
                        throw new WorkspaceException(StatusCode.ResourceExhausted,
                            $"The snapshot is larger than the sandbox accepts ({limits.MaxSnapshotFiles:N0} files, {limits.MaxSnapshotBytes:N0} bytes).");
                    }
                    var executable = (entry.Mode & UnixFileMode.UserExecute) != 0;
                    if (recorded)
                    {
                        await snapshot.BeginFileAsync(name, executable, entry.Length, cancellationToken);
                    }
                    await CopyAsync(entry.DataStream, target, executable, recorded ? snapshot : null, buffer, cancellationToken);
                    break;
                case TarEntryType.SymbolicLink:
                    File.CreateSymbolicLink(target, entry.LinkName);
                    if (recorded)
                    {
                        await snapshot.AddLinkAsync(name, entry.LinkName, cancellationToken);
                    }
                    break;
                default:
                    // Devices, FIFOs and hard links have no place in a source snapshot.
                    break;
            }
        }
        return (files, bytes);
    }

    private static async Task CopyAsync(
        Stream? content, string target, bool executable, SnapshotImport? snapshot, byte[] buffer, CancellationToken cancellationToken)
    {
        // Written synchronously: one small file after another, where async file I/O only adds thread hops.
        using var output = new FileStream(target, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            BufferSize = 0,
            UnixCreateMode = executable ? (UnixFileMode)0b111_111_111 : (UnixFileMode)0b110_110_110,
        });
        if (content is null)
        {
            return;
        }
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            output.Write(buffer, 0, read);
            if (snapshot is not null)
            {
                await snapshot.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
    }

    // Only this extraction writes to the tree while it runs, so a directory checked once stays a plain directory.
    private static void EnsureDirectory(string tree, string relative, HashSet<string> checkedDirectories)
    {
        if (checkedDirectories.Contains(relative))
        {
            return;
        }
        EnsureDirectory(tree, Path.GetDirectoryName(relative) ?? "", checkedDirectories);
        var current = Path.Combine(tree, relative);
        var info = new DirectoryInfo(current);
        if (info.LinkTarget is not null || File.Exists(current))
        {
            throw new WorkspaceException(StatusCode.InvalidArgument, $"The archive writes through '{relative}', which is not a plain directory.");
        }
        if (!info.Exists)
        {
            info.Create();
        }
        checkedDirectories.Add(relative);
    }
}
