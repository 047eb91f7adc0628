using Asa.Protos.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Asa.Benchmarks;

/// <summary>
/// One gRPC channel to the API, shared by every call of the run, and the call options each call needs:
/// the run's user (so quotas and listings are the run's own) and a deadline.
/// </summary>
public sealed class BenchmarkClient : IDisposable
{
    public const string UserHeader = "x-asa-user";

    private readonly GrpcChannel channel;
    private readonly Metadata headers;

    public BenchmarkClient(Uri address, string user)
    {
        User = user;
        Address = address;
        headers = new Metadata { { UserHeader, user } };
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
