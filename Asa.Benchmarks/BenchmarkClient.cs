using Asa.Protos.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Asa.Benchmarks;

/// <summary>
/// One gRPC channel to the API, shared by every call of the run, and the call options each call needs:
/// the caller's API key (<c>ASA_API_KEY</c>; none against an API in local auth mode) and a deadline.
/// </summary>
public sealed class BenchmarkClient : IDisposable
{
    public const string ApiKeyVariable = "ASA_API_KEY";

    private readonly GrpcChannel channel;
    private readonly Metadata headers;

    public BenchmarkClient(Uri address, string? apiKey)
    {
        // Names the key by its public id only; the secret part never reaches the report.
        User = apiKey is { Length: > 0 } ? $"the owner of key {string.Join('_', apiKey.Split('_').Take(2))}" : "the API's local user (no key)";
        Address = address;
        headers = apiKey is { Length: > 0 } ? new Metadata { { "authorization", $"Bearer {apiKey}" } } : [];
        channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // Kestrel allows 100 streams per connection; past that, calls would queue inside the client and time the client, not the server.
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
                ConnectTimeout = TimeSpan.FromSeconds(5),
            },
            MaxRetryAttempts = 0,
        });
        Tasks = new TaskService.TaskServiceClient(channel);
    }

    public Uri Address { get; }

    public string User { get; }

    public TaskService.TaskServiceClient Tasks { get; }

    public CallOptions Call(TimeSpan deadline, CancellationToken cancellationToken) =>
        new(headers, DateTime.UtcNow + deadline, cancellationToken);

    public void Dispose() => channel.Dispose();
}
