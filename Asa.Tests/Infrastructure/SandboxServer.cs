using Asa.Protos.V1;
using Grpc.Net.Client;

namespace Asa.Tests.Infrastructure;

/// <summary>The sandbox service as a child process with its own workspace root, and a gRPC client for it.</summary>
public sealed class SandboxServer : IAsyncLifetime
{
    private ServiceProcess? process;
    private GrpcChannel? channel;

    public int GrpcPort { get; } = FreePort.Next();

    public int HttpPort { get; } = FreePort.Next();

    /// <summary>Where the service keeps its workspaces; deleted on dispose.</summary>
    public string WorkspaceRoot { get; } = Directory.CreateTempSubdirectory("asa-tests-sandbox-").FullName;

    public SandboxService.SandboxServiceClient Client { get; private set; } = null!;

    public ServiceProcess Process => process ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync()
    {
        process = await ServiceProcess.StartSandboxAsync(new Dictionary<string, string?>
        {
            ["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{GrpcPort}",
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
            ["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{HttpPort}",
            ["Kestrel__Endpoints__http__Protocols"] = "Http1",
            ["Sandbox__Workspaces__Root"] = WorkspaceRoot,
        }, HttpPort);
        channel ??= GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
        Client = new SandboxService.SandboxServiceClient(channel);
    }

    /// <summary>Stops the service the hard way and starts it again on the same ports and root.</summary>
    public async Task RestartAsync()
    {
        await Process.KillAsync();
        await Process.DisposeAsync();
        await InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        channel?.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
        }
        if (Directory.Exists(WorkspaceRoot))
        {
            Directory.Delete(WorkspaceRoot, recursive: true);
        }
    }
}
