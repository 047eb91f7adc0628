using System.Collections.Concurrent;
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Asa.Tests.AppModel;

/// <summary>
/// The real app model, Asa.AppHost, started once for a test class in local infrastructure mode: its own
/// data directory and free ports for Postgres, Redis and the API, so it never meets a stack someone else runs.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    /// <summary>Every resource up and asa-api healthy: initdb, migrations and four services on two cores.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Every resource stopped.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, string> resourceStates = new();
    private IDistributedApplicationTestingBuilder? builder;
    private DistributedApplication? app;
    private CancellationTokenSource? watching;
    private GrpcChannel? channel;

    public AppHostFixture()
    {
        // CreateTempSubdirectory makes it 0700; as root, the postgres OS user must still reach its cluster inside.
        DataDirectory = Directory.CreateTempSubdirectory("asa-tests-apphost-").FullName;
        File.SetUnixFileMode(DataDirectory,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    /// <summary>Local mode's persistent directory: the Postgres cluster, Redis's append-only file, the passwords.</summary>
    public string DataDirectory { get; }

    public int PostgresPort { get; } = FreePort.Next();

    public int RedisPort { get; } = FreePort.Next();

    /// <summary>The API's gRPC endpoint (HTTP/2 without TLS).</summary>
    public int GrpcPort { get; } = FreePort.Next();

    /// <summary>The API's REST endpoint (HTTP/1.1).</summary>
    public int HttpPort { get; } = FreePort.Next();

    /// <summary>How long each start took until asa-api was healthy, and each stop.</summary>
    public List<(string What, TimeSpan Took)> Timings { get; } = [];

    /// <summary>A TaskService client on the API's gRPC port; replaced on restart.</summary>
    public TaskService.TaskServiceClient Tasks { get; private set; } = null!;

    /// <summary>An HTTP/1.1 client on the API's REST port; replaced on restart.</summary>
    public HttpClient Rest { get; private set; } = null!;

    /// <summary>
    /// The AppHost's command line, as a user would type it after <c>dotnet run --project Asa.AppHost --</c>: two sandboxes,
    /// each with a worker group of its own, so every task of these tests runs through sandbox replicas.
    /// </summary>
    public string[] Arguments =>
    [
        "--infra", "local",
        "--Asa:SandboxReplicas=2",
        "--Asa:WorkerReplicas=2",
        $"--Infra:DataDirectory={DataDirectory}",
        $"--Infra:PostgresPort={PostgresPort}",
        $"--Infra:RedisPort={RedisPort}",
        $"--Api:GrpcPort={GrpcPort}",
        $"--Api:HttpPort={HttpPort}",
    ];

    /// <summary>Starts the app model; on failure stops what did start, as xunit does not dispose a fixture that failed.</summary>
    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops every resource, then starts the app model again with the same data directory and ports.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    /// <summary>The names of the resources whose last state is Running.</summary>
    public IReadOnlyList<string> RunningResources() =>
        [.. resourceStates.Where(r => r.Value.StartsWith("Running,", StringComparison.Ordinal)).Select(r => r.Key).Order(StringComparer.Ordinal)];

    /// <summary>Each resource's last state, to explain a failure.</summary>
    public string Diagnostics() =>
        string.Join(Environment.NewLine, resourceStates.OrderBy(r => r.Key).Select(r => $"{r.Key}: {r.Value}"));

    public async Task DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }

    private async Task StartAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(StartTimeout);
        builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Asa_AppHost>(Arguments, timeout.Token);
        // Resources report unhealthy until they are up, which is expected; Diagnostics() tells what never came up.
        // The services' own output is forwarded as the AppHost's log: keep its warnings and errors only.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Asa.AppHost.Resources", LogLevel.Warning));
        WithoutTelemetryExport(builder);
        app = await builder.BuildAsync(timeout.Token);
        watching = new CancellationTokenSource();
        _ = RecordStatesAsync(app.ResourceNotifications, watching.Token);
        try
        {
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("asa-api", timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"asa-api was not healthy within {StartTimeout}.{Environment.NewLine}{Diagnostics()}");
        }
        Timings.Add(("start", stopwatch.Elapsed));

        channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
        Tasks = new TaskService.TaskServiceClient(channel);
        Rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}"), Timeout = TestTimeouts.Call };
    }

    // Tests run without the dashboard, so nothing listens on the OTLP endpoint the services are given; the
    // exporter's retries on shutdown then hold every process for about 15 s (the migration step included, which
    // everything waits for). Without an endpoint the services export nothing, as when run on their own.
    private static void WithoutTelemetryExport(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            project.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT")));
        }
    }

    private async Task StopAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        Rest?.Dispose();
        channel?.Dispose();
        channel = null;
        using var timeout = new CancellationTokenSource(StopTimeout);
        if (app is not null)
        {
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync().AsTask().WaitAsync(timeout.Token);
            app = null;
        }
        if (builder is not null)
        {
            await builder.DisposeAsync().AsTask().WaitAsync(timeout.Token);
            builder = null;
        }
        watching?.Cancel();
        watching?.Dispose();
        watching = null;
        Timings.Add(("stop", stopwatch.Elapsed));
    }

    private async Task RecordStatesAsync(ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                var snapshot = update.Snapshot;
                resourceStates[update.Resource.Name] =
                    $"{snapshot.State?.Text ?? "?"}, health {snapshot.HealthStatus?.ToString() ?? "unknown"}, exit code {snapshot.ExitCode?.ToString() ?? "none"}";
            }
        }
        catch (OperationCanceledException)
        {
            // The app stopped.
        }
    }
}
