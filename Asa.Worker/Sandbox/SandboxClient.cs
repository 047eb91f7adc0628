using System.Formats.Tar;
using System.Text;
using Asa.Core.Errors;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Repair.Edits;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Asa.Worker.Sandbox;

/// <summary>
/// The worker's side of the sandbox service: it uploads a clone's files (never its .git, never a credential)
/// and asks for commands to be run there. The worker itself never runs repository code.
/// </summary>
public sealed class SandboxClient(SandboxService.SandboxServiceClient client)
{
    public const int ChunkBytes = 64 * 1024;
    private const int TailChars = 4000;

    public async Task<string> UploadAsync(Guid taskId, string checkout, CancellationToken cancellationToken)
    {
        var archivePath = Path.GetTempFileName();
        try
        {
            await WriteArchiveAsync(checkout, archivePath, cancellationToken);
            await using var archive = File.OpenRead(archivePath);
            return (await UploadArchiveAsync(taskId.ToString(), archive, cancellationToken)).WorkspaceId;
        }
        finally
        {
            File.Delete(archivePath);
        }
    }

    /// <summary>Creates a workspace from a tar archive, sent in chunks; the workspace as the sandbox counted it.</summary>
    public async Task<Workspace> UploadArchiveAsync(string taskId, Stream archive, CancellationToken cancellationToken)
    {
        using var call = client.CreateWorkspace(cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new CreateWorkspaceChunk { Metadata = new WorkspaceMetadata { TaskId = taskId } }, cancellationToken);
        var buffer = new byte[ChunkBytes];
        int read;
        while ((read = await archive.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await call.RequestStream.WriteAsync(new CreateWorkspaceChunk { Data = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
        }
        await call.RequestStream.CompleteAsync();
        return await Classify(call.ResponseAsync);
    }

    /// <summary>Runs a command in a workspace; the result keeps the last <paramref name="tailChars"/> characters of its output.</summary>
    public async Task<CommandRun> RunAsync(
        string workspaceId, string command, bool allowNetwork, TimeSpan wallTime, CancellationToken cancellationToken, int tailChars = TailChars)
    {
        using var call = client.Exec(new ExecRequest
        {
            WorkspaceId = workspaceId,
            Command = command,
            AllowNetwork = allowNetwork,
            Limits = new ExecLimits { WallTime = Duration.FromTimeSpan(wallTime) },
        }, cancellationToken: cancellationToken);
        var output = new StringBuilder();
        ExecResult? result = null;
        await Classify(Task.Run(async () =>
        {
            await foreach (var execEvent in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                if (execEvent.Output is { } chunk)
                {
                    output.Append(chunk.Data.ToStringUtf8());
                    if (output.Length > 4 * tailChars)
                    {
                        output.Remove(0, output.Length - tailChars);
                    }
                }
                result = execEvent.Result ?? result;
            }
            return 0;
        }, cancellationToken));
        var text = output.ToString();
        var ended = result ?? throw AsaException.Transient("The sandbox ended the run without a result.");
        return new CommandRun(ended.ExitCode, [.. ended.LimitsHit.Select(LimitOf)], ended.WallTime.ToTimeSpan(),
            text.Length > tailChars ? "…" + text[^tailChars..] : text);
    }

    private static RunLimit LimitOf(ExecLimitHit limit) => limit switch
    {
        ExecLimitHit.Time => RunLimit.Time,
        ExecLimitHit.Memory => RunLimit.Memory,
        ExecLimitHit.Output => RunLimit.Output,
        ExecLimitHit.Processes => RunLimit.Processes,
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "The sandbox reported a limit this worker does not know."),
    };

    /// <summary>A copy of the workspace, so a candidate can be tried without touching the original or its siblings.</summary>
    public async Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken) =>
        (await Classify(client.ForkWorkspaceAsync(new ForkWorkspaceRequest { WorkspaceId = workspaceId }, cancellationToken: cancellationToken).ResponseAsync))
            .WorkspaceId;

    /// <summary>Writes files as text, each in the encoding <paramref name="encodingOf"/> gives for its path (UTF-8 when none does).</summary>
    public async Task WriteFilesAsync(
        string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken)
    {
        var request = new WriteFilesRequest { WorkspaceId = workspaceId };
        request.Files.AddRange(files.Select(f => new WorkspaceFile
        {
            Path = f.Key,
            Content = ByteString.CopyFrom((encodingOf?.Invoke(f.Key) ?? TextEncoding.Utf8).Encode(f.Value)),
        }));
        await Classify(client.WriteFilesAsync(request, cancellationToken: cancellationToken).ResponseAsync);
    }

    /// <summary>The workspace's changes against the files as uploaded, as a unified diff, and the paths they touch.</summary>
    public async Task<GetDiffResponse> DiffAsync(string workspaceId, CancellationToken cancellationToken) =>
        await Classify(client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspaceId }, cancellationToken: cancellationToken).ResponseAsync);

    public async Task DeleteAsync(string workspaceId, CancellationToken cancellationToken = default) =>
        await client.DeleteWorkspaceAsync(new DeleteWorkspaceRequest { WorkspaceId = workspaceId }, cancellationToken: cancellationToken);

    private static async Task WriteArchiveAsync(string checkout, string archivePath, CancellationToken cancellationToken)
    {
        await using var file = File.Create(archivePath);
        await using var writer = new TarWriter(file, TarEntryFormat.Pax);
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(checkout)]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry.Name == ".git" && directory.FullName == new DirectoryInfo(checkout).FullName)
                {
                    continue;
                }
                if (entry is DirectoryInfo child && entry.LinkTarget is null)
                {
                    pending.Push(child);
                }
                await writer.WriteEntryAsync(entry.FullName, Path.GetRelativePath(checkout, entry.FullName), cancellationToken);
            }
        }
    }

    private static async Task<T> Classify<T>(Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Aborted)
        {
            throw AsaException.Transient($"The sandbox service is unavailable: {exception.Status.Detail}", exception);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.ResourceExhausted)
        {
            throw AsaException.Resource($"The sandbox refused the work: {exception.Status.Detail}", exception);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled)
        {
            // A call cut short by its caller's token ends as gRPC's Cancelled status; callers wait for a .NET cancellation.
            throw new OperationCanceledException(exception.Status.Detail, exception);
        }
        catch (RpcException exception)
        {
            throw AsaException.Permanent($"The sandbox failed: {exception.Status.Detail}", exception);
        }
    }
}
