using System.Formats.Tar;
using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// Unpacks an uploaded tar archive into a workspace tree: regular files, directories and symbolic links
/// (kept as they are, never followed); anything else, and any entry that would land outside the tree, is refused.
/// </summary>
public static class SnapshotExtractor
{
    public static async Task<(int Files, long Bytes)> ExtractAsync(Stream archive, string tree, WorkspaceOptions limits, CancellationToken cancellationToken)
    {
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
            // Parents were created by earlier entries or here; none may be a link, or a write could escape.
            EnsureDirectory(tree, Path.GetDirectoryName(name) ?? "");
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    EnsureDirectory(tree, name);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    files++;
                    bytes += entry.Length;
                    if (files > limits.MaxSnapshotFiles || bytes > limits.MaxSnapshotBytes)
                    {
                        throw new WorkspaceException(StatusCode.ResourceExhausted,
                            $"The snapshot is larger than the sandbox accepts ({limits.MaxSnapshotFiles:N0} files, {limits.MaxSnapshotBytes:N0} bytes).");
                    }
                    await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                    {
                        if (entry.DataStream is { } data)
                        {
                            await data.CopyToAsync(output, cancellationToken);
                        }
                    }
                    if ((entry.Mode & UnixFileMode.UserExecute) != 0)
                    {
                        File.SetUnixFileMode(target, File.GetUnixFileMode(target) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                    }
                    break;
                case TarEntryType.SymbolicLink:
                    File.CreateSymbolicLink(target, entry.LinkName);
                    break;
                default:
                    // Devices, FIFOs and hard links have no place in a source snapshot.
                    break;
            }
        }
        return (files, bytes);
    }

    private static void EnsureDirectory(string tree, string relative)
    {
        var current = tree;
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            var info = new DirectoryInfo(current);
            if (info.LinkTarget is not null || File.Exists(current))
            {
                throw new WorkspaceException(StatusCode.InvalidArgument, $"The archive writes through '{relative}', which is not a plain directory.");
            }
            if (!info.Exists)
            {
                info.Create();
            }
        }
    }
}
