using Asa.Protos.V1;
using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Execution;
using Asa.Sandbox.Workspaces;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Asa.Sandbox.Grpc;

/// <summary>The sandbox API: workspaces and runs. Only this service runs repository code.</summary>
public sealed class SandboxGrpcService(WorkspaceStore workspaces, IExecutionBackend backend, IOptions<BubblewrapOptions> bubblewrap)
    : SandboxService.SandboxServiceBase
{
    public override async Task<Workspace> CreateWorkspace(IAsyncStreamReader<CreateWorkspaceChunk> requestStream, ServerCallContext context)
    {
        if (!await requestStream.MoveNext(context.CancellationToken) || requestStream.Current.Metadata is not { } metadata)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "The first chunk must carry the workspace metadata."));
        }
        await using var archive = new ChunkStream(requestStream.Current.Data.Memory, requestStream, context.CancellationToken);
        var created = await workspaces.CreateAsync(metadata.TaskId, archive, context.CancellationToken);
        return MapToWorkspace(created);
    }

    public override async Task<Workspace> ForkWorkspace(ForkWorkspaceRequest request, ServerCallContext context) =>
        MapToWorkspace(await workspaces.ForkAsync(request.WorkspaceId, context.CancellationToken));

    public override Task<DeleteWorkspaceResponse> DeleteWorkspace(DeleteWorkspaceRequest request, ServerCallContext context)
    {
        workspaces.Delete(request.WorkspaceId);
        return Task.FromResult(new DeleteWorkspaceResponse());
    }

    public override async Task<WriteFilesResponse> WriteFiles(WriteFilesRequest request, ServerCallContext context) =>
        new()
        {
            Written = await workspaces.WriteFilesAsync(request.WorkspaceId,
                request.Files.Select(f => (f.Path, f.Content.ToByteArray())), context.CancellationToken),
        };

    public override async Task<ReadFilesResponse> ReadFiles(ReadFilesRequest request, ServerCallContext context)
    {
        var response = new ReadFilesResponse();
        foreach (var (path, content) in await workspaces.ReadFilesAsync(request.WorkspaceId, request.Paths, context.CancellationToken))
        {
            response.Files.Add(new WorkspaceFile { Path = path, Content = ByteString.CopyFrom(content) });
        }
        return response;
    }

    public override Task<ListFilesResponse> ListFiles(ListFilesRequest request, ServerCallContext context)
    {
        var response = new ListFilesResponse();
        response.Paths.AddRange(workspaces.ListFiles(request.WorkspaceId, request.Directory));
        return Task.FromResult(response);
    }

    public override Task<SearchFilesResponse> SearchFiles(SearchFilesRequest request, ServerCallContext context)
    {
        if (request.MaxResults is < 0 or > 10_000)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "max_results must be between 1 and 10,000 (0 means 200)."));
        }
        var (matches, truncated) = workspaces.Search(request.WorkspaceId, request.Query, request.Regex, request.IgnoreCase,
            request.MaxResults == 0 ? 200 : request.MaxResults, context.CancellationToken);
        var response = new SearchFilesResponse { Truncated = truncated };
        response.Matches.AddRange(matches.Select(m => new SearchMatch { Path = m.Path, LineNumber = m.LineNumber, Line = m.Line }));
        return Task.FromResult(response);
    }

    public override async Task<GetDiffResponse> GetDiff(GetDiffRequest request, ServerCallContext context)
    {
        var (diff, changed) = await workspaces.DiffAsync(request.WorkspaceId, context.CancellationToken);
        var response = new GetDiffResponse { Diff = diff };
        response.ChangedPaths.AddRange(changed);
        return response;
    }

    public override async Task Exec(ExecRequest request, IServerStreamWriter<ExecEvent> responseStream, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Command))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "command is required."));
        }
        var limits = ExecMapping.MapToLimits(request.Limits);
        var tree = workspaces.TreeOf(request.WorkspaceId);
        // One run at a time per workspace: file operations check paths against a tree nothing else is changing.
        using (await workspaces.LockAsync(request.WorkspaceId, context.CancellationToken))
        {
            WorkspaceOwnership.HandOver(tree, bubblewrap.Value);
            var home = workspaces.HomeOf(request.WorkspaceId);
            // Only the folder itself: what the runs put in it is the sandbox user's already, and it may hold a package cache.
            WorkspaceOwnership.HandOverFolder(home, bubblewrap.Value);
            var execution = new ExecutionRequest(tree, request.Command)
            {
                HomeDirectory = home,
                Environment = request.Environment.ToDictionary(),
                Limits = limits,
                AllowNetwork = request.AllowNetwork,
            };
            // A cancelled call (or a client that went away) cancels the token, and the backend kills the whole run.
            var result = await backend.RunAsync(execution,
                chunk => new ValueTask(responseStream.WriteAsync(ExecMapping.MapToOutput(chunk), context.CancellationToken)),
                context.CancellationToken);
            await responseStream.WriteAsync(ExecMapping.MapToResult(result), context.CancellationToken);
        }
    }

    private static Workspace MapToWorkspace(WorkspaceInfo info) =>
        new() { WorkspaceId = info.WorkspaceId, FileCount = info.FileCount, TotalBytes = info.TotalBytes };
}
