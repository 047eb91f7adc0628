using System.Diagnostics;
using Asa.Protos.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Asa.Benchmarks;

/// <summary>One gRPC channel to the sandbox service and the calls the benchmark makes, each with a deadline.</summary>
public sealed class SandboxClient : IDisposable
{
    public const int ChunkBytes = 64 * 1024;

    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(120);
    private readonly GrpcChannel channel;

    public SandboxClient(Uri address)
    {
        Address = address;
        channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // Kestrel allows 100 streams per connection; 100 runs plus a probe would otherwise queue in the client.
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                ConnectTimeout = TimeSpan.FromSeconds(5),
            },
            MaxRetryAttempts = 0,
        });
        Sandbox = new SandboxService.SandboxServiceClient(channel);
    }

    public Uri Address { get; }

    public SandboxService.SandboxServiceClient Sandbox { get; }

    public async Task<Workspace> UploadAsync(byte[] archive, string taskId, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var call = Sandbox.CreateWorkspace(deadline: DateTime.UtcNow + deadline, cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new CreateWorkspaceChunk { Metadata = new WorkspaceMetadata { TaskId = taskId } }, cancellationToken);
        for (var offset = 0; offset < archive.Length; offset += ChunkBytes)
        {
            await call.RequestStream.WriteAsync(new CreateWorkspaceChunk
            {
                Data = UnsafeByteOperations.UnsafeWrap(archive.AsMemory(offset, Math.Min(ChunkBytes, archive.Length - offset))),
            }, cancellationToken);
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    public async Task<Workspace> ForkAsync(string workspaceId, CancellationToken cancellationToken) =>
        await Sandbox.ForkWorkspaceAsync(new ForkWorkspaceRequest { WorkspaceId = workspaceId },
            deadline: DateTime.UtcNow + CallLimit, cancellationToken: cancellationToken);

    public async Task DeleteAsync(string workspaceId, CancellationToken cancellationToken) =>
        await Sandbox.DeleteWorkspaceAsync(new DeleteWorkspaceRequest { WorkspaceId = workspaceId },
            deadline: DateTime.UtcNow + CallLimit, cancellationToken: cancellationToken);

    /// <summary>Runs a command and reads its stream to the end: the result, the output bytes seen and the client's elapsed time.</summary>
    public async Task<(ExecResult Result, long OutputBytes, TimeSpan Elapsed)> ExecAsync(string workspaceId, string command, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var call = Sandbox.Exec(new ExecRequest { WorkspaceId = workspaceId, Command = command },
            deadline: DateTime.UtcNow + CallLimit, cancellationToken: cancellationToken);
        long outputBytes = 0;
        await foreach (var message in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            switch (message.EventCase)
            {
                case ExecEvent.EventOneofCase.Output:
                    outputBytes += message.Output.Data.Length;
                    break;
                case ExecEvent.EventOneofCase.Result:
                    return (message.Result, outputBytes, Stopwatch.GetElapsedTime(started));
            }
        }
        throw new RpcException(new Status(StatusCode.Internal, "the Exec stream ended without a result"));
    }

    public void Dispose() => channel.Dispose();
}
