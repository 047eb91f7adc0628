using System.Formats.Tar;
using Asa.Protos.V1;
using Google.Protobuf;

namespace Asa.Tests.Infrastructure;

/// <summary>Uploads a folder to the sandbox the way the worker does: a tar archive streamed in chunks.</summary>
public static class WorkspaceUpload
{
    /// <summary>Sends every file, dotfiles included, except the checkout's own <c>.git</c> folder.</summary>
    public static async Task<Workspace> UploadAsync(this SandboxService.SandboxServiceClient client, string folder, string taskId = "test-task", int chunkSize = 64 * 1024)
    {
        using var archive = new MemoryStream();
        // Not TarFile.CreateFromDirectory: it leaves out hidden entries, so a repository's .gitignore never arrived.
        await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            var root = new DirectoryInfo(folder);
            var pending = new Stack<DirectoryInfo>([root]);
            while (pending.TryPop(out var directory))
            {
                foreach (var entry in directory.EnumerateFileSystemInfos())
                {
                    if (directory.FullName == root.FullName && entry.Name == ".git")
                    {
                        continue;
                    }
                    if (entry is DirectoryInfo subdirectory && entry.LinkTarget is null)
                    {
                        pending.Push(subdirectory);
                    }
                    await writer.WriteEntryAsync(entry.FullName, Path.GetRelativePath(folder, entry.FullName));
                }
            }
        }
        return await client.UploadArchiveAsync(archive.ToArray(), taskId, chunkSize);
    }

    public static async Task<Workspace> UploadArchiveAsync(this SandboxService.SandboxServiceClient client, byte[] archive, string taskId = "test-task", int chunkSize = 64 * 1024)
    {
        using var call = client.CreateWorkspace(deadline: DateTime.UtcNow + TestTimeouts.Call);
        await call.RequestStream.WriteAsync(new CreateWorkspaceChunk { Metadata = new WorkspaceMetadata { TaskId = taskId } });
        for (var offset = 0; offset < archive.Length; offset += chunkSize)
        {
            await call.RequestStream.WriteAsync(new CreateWorkspaceChunk
            {
                Data = ByteString.CopyFrom(archive, offset, Math.Min(chunkSize, archive.Length - offset)),
            });
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
