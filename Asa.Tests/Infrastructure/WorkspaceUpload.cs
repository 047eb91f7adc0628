using System.Formats.Tar;
using Asa.Protos.V1;
using Google.Protobuf;

namespace Asa.Tests.Infrastructure;

/// <summary>Uploads a folder to the sandbox the way the worker does: a tar archive streamed in chunks.</summary>
public static class WorkspaceUpload
{
    public static async Task<Workspace> UploadAsync(this SandboxService.SandboxServiceClient client, string folder, string taskId = "test-task", int chunkSize = 64 * 1024)
    {
        using var archive = new MemoryStream();
        await TarFile.CreateFromDirectoryAsync(folder, archive, includeBaseDirectory: false);
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
