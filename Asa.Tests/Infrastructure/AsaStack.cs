using System.Collections.Concurrent;
using Asa.Api.Access;
using Asa.Core.Data;
using Asa.Protos.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// The real ASA back end for one test class: its own database in the shared Postgres cluster, its own Redis,
/// migrations applied, one Api and some workers as child processes, and a gRPC client for the Api. The Api
/// wants API keys, as in production: <see cref="Tasks"/> calls as <see cref="DefaultUser"/> unless a call
/// carries its own key (<see cref="KeyFor"/>, <see cref="UserAsync"/>).
/// Derive from it to change <see cref="AsaStackOptions"/>.
/// </summary>
public class AsaStack : IAsyncLifetime
{
    private readonly AsaStackOptions options;
    private readonly List<ServiceProcess> workers = [];
    private int workersStarted;
    private RedisServer? redis;
    private readonly SandboxServer sandbox = new();
    private ServiceProcess? api;
    private GrpcChannel? channel;
    private TaskService.TaskServiceClient? tasks;
    private CallInvoker? invoker;
    private readonly ConcurrentDictionary<(string User, bool Admin), Lazy<Task<string>>> keys = new();

    /// <summary>Who <see cref="Tasks"/> calls as when a call names no key of its own.</summary>
    public const string DefaultUser = "tester";

    private static readonly string[] ModelVariables = ["OPENAI_API_KEY", "DEFAULT_MODEL", "AZURE_OPENAI_API_KEY"];

    /// <summary>A stack with the default options: one worker, the seed's limits.</summary>
    public AsaStack() : this(new AsaStackOptions())
    {
    }

    /// <summary>A stack with other options, for a derived fixture (xunit wants one public constructor).</summary>
    protected AsaStack(AsaStackOptions options) => this.options = options;

    /// <summary>The database's Npgsql connection string.</summary>
    public string DatabaseConnectionString { get; private set; } = "";

    /// <summary>The stack's Redis.</summary>
    public RedisServer Redis => redis ?? throw NotStarted();

    /// <summary>The sandbox service the workers run repository code in.</summary>
    public SandboxServer Sandbox => sandbox;

    /// <summary>The Api process.</summary>
    public ServiceProcess Api => api ?? throw NotStarted();

    /// <summary>The workers running now, oldest first.</summary>
    public IReadOnlyList<ServiceProcess> Workers
    {
        get
        {
            lock (workers)
            {
                return [.. workers];
            }
        }
    }

    /// <summary>The Api's plain-HTTP/2 gRPC port.</summary>
    public int GrpcPort { get; private set; } = FreePort.Next();

    /// <summary>The Api's HTTP/1.1 port: health, REST.</summary>
    public int HttpPort { get; private set; } = FreePort.Next();

    /// <summary>The workers' work directory; deleted on dispose.</summary>
    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("asa-tests-work-").FullName;

    /// <summary>Calls to the Api as <see cref="DefaultUser"/> unless a call carries its own key; for any of its services' clients.</summary>
    public CallInvoker Channel => invoker ?? throw NotStarted();

    /// <summary>A client of the Api's TaskService.</summary>
    public TaskService.TaskServiceClient Tasks => tasks ?? throw NotStarted();

    /// <summary>Starts everything; on failure stops what did start.</summary>
    public async Task InitializeAsync()
    {
        try
        {
            var postgres = await PostgresServer.SharedAsync().WaitAsync(TestTimeouts.ProcessStart);
            var redisStarting = RedisServer.StartAsync();
            DatabaseConnectionString = await postgres.CreateDatabaseAsync(GetType().Name);
            redis = await redisStarting;
            await sandbox.InitializeAsync();
            await Migrations.ApplyAsync(DatabaseConnectionString);

            var apiStarting = StartApiOnFreePortsAsync();
            await Task.WhenAll([apiStarting, .. Enumerable.Range(0, options.Workers).Select(_ => AddWorkerAsync())]);
            api = await apiStarting;
            channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
            var defaultKey = await KeyFor(DefaultUser);
            invoker = channel.Intercept(headers =>
            {
                if (headers.Get("authorization") is null)
                {
                    headers.Add("authorization", $"Bearer {defaultKey}");
                }
                return headers;
            });
            tasks = new TaskService.TaskServiceClient(invoker);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>An API key of <paramref name="user"/> (an admin's when asked), created through <see cref="ApiKeyStore"/> once per stack.</summary>
    public Task<string> KeyFor(string user, bool admin = false) =>
        keys.GetOrAdd((user, admin), _ => new Lazy<Task<string>>(() => CreateKeyAsync(user, admin))).Value;

    /// <summary>Call headers that make a call <paramref name="user"/>'s.</summary>
    public async Task<Metadata> UserAsync(string user, bool admin = false) =>
        new() { { "authorization", $"Bearer {await KeyFor(user, admin)}" } };

    /// <summary>The key store of this stack's database, for tests that create or revoke keys themselves.</summary>
    public Task<T> WithKeyStoreAsync<T>(Func<ApiKeyStore, Task<T>> use) =>
        WithDatabaseAsync(db => use(new ApiKeyStore(db, TimeProvider.System)));

    /// <summary>This stack's database, for tests that read or seed rows directly.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<AsaDbContext, Task<T>> use)
    {
        await using var db = AsaDbContextOptions.CreateContext(DatabaseConnectionString);
        return await use(db);
    }

    private async Task<string> CreateKeyAsync(string user, bool admin) =>
        await WithKeyStoreAsync(async store => (await store.CreateAsync(user, admin, CancellationToken.None)).Key);

    /// <summary>Starts one more worker with a unique consumer name and waits until it consumes the stream.</summary>
    public async Task<ServiceProcess> AddWorkerAsync(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var name = $"worker-{Interlocked.Increment(ref workersStarted)}";
        var environment = Environment(AsaStackOptions.WorkerDefaults, options.Worker, overrides);
        environment["Worker__WorkDirectory"] = WorkDirectory;
        environment["Worker__ConsumerName"] = name;
        environment["Sandbox__Url"] = $"http://127.0.0.1:{sandbox.GrpcPort}";
        // A model key in the test run's own environment must not turn on the LLM fixer for stacks that did not ask for it.
        foreach (var inherited in ModelVariables)
        {
            environment.TryAdd(inherited, null);
        }
        var worker = await ServiceProcess.StartWorkerAsync(name, environment);
        lock (workers)
        {
            workers.Add(worker);
        }
        return worker;
    }

    /// <summary>SIGKILLs a worker: no graceful shutdown, its stream entries stay pending under its name.</summary>
    public async Task KillWorkerAsync(ServiceProcess worker)
    {
        await worker.KillAsync();
        lock (workers)
        {
            workers.Remove(worker);
        }
        await worker.DisposeAsync();
    }

    /// <summary>The last lines of every service, to attach to a failure.</summary>
    public string Diagnostics() =>
        string.Join(System.Environment.NewLine, new[] { api }.Concat(Workers).OfType<ServiceProcess>().Select(s => s.Output.Tail()));

    /// <summary>Stops the services, Redis, and deletes the work directory; the database goes with the cluster.</summary>
    public async Task DisposeAsync()
    {
        channel?.Dispose();
        await Task.WhenAll(Workers.Select(w => w.DisposeAsync().AsTask()));
        if (api is not null)
        {
            await api.DisposeAsync();
        }
        await sandbox.DisposeAsync();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
        if (Directory.Exists(WorkDirectory))
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
    }

    /// <summary>
    /// Starts the Api on its ports. They were free when handed out, but both are in the kernel's ephemeral range, so an
    /// outgoing connection may take one before the Api binds it: the Api then exits with "address already in use", and
    /// is started again on new ports.
    /// </summary>
    private async Task<ServiceProcess> StartApiOnFreePortsAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ServiceProcess.StartApiAsync(ApiEnvironment(), HttpPort);
            }
            catch (InvalidOperationException failed) when (attempt < 3 && failed.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                (GrpcPort, HttpPort) = (FreePort.Next(), FreePort.Next());
            }
        }
    }

    private Dictionary<string, string?> ApiEnvironment()
    {
        var environment = Environment(AsaStackOptions.ApiDefaults, options.Api);
        environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{GrpcPort}";
        environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{HttpPort}";
        environment["Kestrel__Endpoints__http__Protocols"] = "Http1";
        return environment;
    }

    private Dictionary<string, string?> Environment(params IReadOnlyDictionary<string, string>?[] layers)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__asa-db"] = DatabaseConnectionString,
            ["ConnectionStrings__redis"] = Redis.ConnectionString,
        };
        foreach (var (key, value) in layers.OfType<IReadOnlyDictionary<string, string>>().SelectMany(layer => layer))
        {
            environment[key] = value;
        }
        return environment;
    }

    private static InvalidOperationException NotStarted() => new("The stack has not started.");
}
