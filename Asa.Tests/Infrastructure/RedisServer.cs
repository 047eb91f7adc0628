using StackExchange.Redis;

namespace Asa.Tests.Infrastructure;

/// <summary>A redis-server without persistence on a free loopback port; it starts in milliseconds.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ChildProcess process;
    private readonly SemaphoreSlim connecting = new(1, 1);
    private ConnectionMultiplexer? connection;

    private RedisServer(string directory, int port, ChildProcess process)
    {
        Directory = directory;
        Port = port;
        this.process = process;
    }

    /// <summary>The server's working directory; deleted on dispose.</summary>
    public string Directory { get; }

    /// <summary>The loopback TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string, as ASA's ConnectionStrings__redis takes it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The server's log.</summary>
    public LineLog Output => process.Output;

    /// <summary>Starts a server; the caller disposes it.</summary>
    public static async Task<RedisServer> StartAsync(TimeSpan? timeout = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("asa-tests-redis-").FullName;
        var port = FreePort.Next();
        var process = ChildProcess.Start(new ProcessSpec("redis-server", "redis-server",
            ["--port", $"{port}", "--bind", "127.0.0.1", "--protected-mode", "no", "--daemonize", "no",
             "--dir", directory, "--save", "", "--appendonly", "no", "--logfile", ""])
        {
            DeleteOnExit = directory,
        });
        try
        {
            await process.WaitForLineAsync(line => line.Contains("Ready to accept connections"), timeout ?? TestTimeouts.ProcessStart);
            return new RedisServer(directory, port, process);
        }
        catch
        {
            await process.DisposeAsync();
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>A shared connection with admin commands allowed.</summary>
    public async Task<IConnectionMultiplexer> ConnectAsync()
    {
        await connecting.WaitAsync(TestTimeouts.Call);
        try
        {
            connection ??= await ConnectionMultiplexer
                .ConnectAsync($"{ConnectionString},allowAdmin=true,abortConnect=false")
                .WaitAsync(TestTimeouts.Call);
            return connection;
        }
        finally
        {
            connecting.Release();
        }
    }

    /// <summary>Round-trip time of a PING.</summary>
    public async Task<TimeSpan> PingAsync() =>
        await (await ConnectAsync()).GetDatabase().PingAsync().WaitAsync(TestTimeouts.Call);

    /// <summary>Deletes every key of every database, as a lost or restarted Redis would.</summary>
    public async Task FlushAllAsync()
    {
        var connection = await ConnectAsync();
        await connection.GetServer(connection.GetEndPoints().Single()).FlushAllDatabasesAsync().WaitAsync(TestTimeouts.Call);
    }

    /// <summary>Stops the server and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
        await process.StopAsync(TestTimeouts.ProcessExit);
        await process.DisposeAsync();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        connecting.Dispose();
    }
}
