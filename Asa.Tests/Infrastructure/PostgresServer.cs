using System.Diagnostics;
using Npgsql;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 cluster in a temp directory on a free loopback port; one is shared by the
/// whole test run and each test class creates its own database in it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string Superuser = "postgres";

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartSharedAsync);
    private static int databaseCounter;

    private readonly ChildProcess process;
    private readonly NpgsqlDataSource admin;

    private PostgresServer(string directory, int port, ChildProcess process, TimeSpan startupTime)
    {
        Directory = directory;
        Port = port;
        this.process = process;
        StartupTime = startupTime;
        admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
    }

    /// <summary>Holds the data directory and the socket; deleted on dispose.</summary>
    public string Directory { get; }

    /// <summary>The loopback TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>How long initdb plus the start took.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>The server's log.</summary>
    public LineLog Output => process.Output;

    /// <summary>The cluster shared by the test run, started on first use and stopped when the run ends.</summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    /// <summary>Creates a cluster and starts the server; the caller disposes it.</summary>
    public static async Task<PostgresServer> StartAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        // PostgreSQL refuses to run as root; its user needs a directory it owns and can reach, which /tmp is.
        var directory = Environment.IsPrivilegedProcess
            ? System.IO.Directory.CreateDirectory($"/tmp/asa-tests-pg-{Guid.NewGuid():N}", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName
            : System.IO.Directory.CreateTempSubdirectory("asa-tests-pg-").FullName;
        ChildProcess? process = null;
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await Command.RunCheckedAsync("chown", $"{Superuser}:{Superuser}", directory);
            }
            var dataDirectory = Path.Combine(directory, "data");
            await Command.RunCheckedAsync(AsPostgresUser("initdb",
                ["-D", dataDirectory, "-U", Superuser, "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]), timeout);

            var port = FreePort.Next();
            // Durability is worthless in a cluster that is deleted after the run; skipping it makes tests faster.
            process = ChildProcess.Start(AsPostgresUser("postgres",
                ["-D", dataDirectory, "-p", $"{port}", "-h", "127.0.0.1", "-k", directory,
                 "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                 "-c", "max_connections=500"]) with { StopSignal = "INT", DeleteOnExit = directory });
            await process.WaitForLineAsync(line => line.Contains("database system is ready to accept connections"), timeout);
            return new PostgresServer(directory, port, process, stopwatch.Elapsed);
        }
        catch
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>A connection string for a database of this server, as the postgres superuser.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Creates an empty database with a unique name derived from <paramref name="name"/>.</summary>
    /// <returns>Its Npgsql connection string.</returns>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        var safe = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').Take(40)]);
        var database = $"{safe}_{Interlocked.Increment(ref databaseCounter)}";
        await using var command = admin.CreateCommand($"CREATE DATABASE \"{database}\"");
        await command.ExecuteNonQueryAsync().WaitAsync(TestTimeouts.Call);
        return ConnectionString(database);
    }

    /// <summary>Fast shutdown (open sessions are ended), then the directory is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await admin.DisposeAsync();
        await process.StopAsync(TestTimeouts.ProcessExit);
        await process.DisposeAsync();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static ProcessSpec AsPostgresUser(string program, string[] arguments)
    {
        var path = Path.Combine(BinDirectory, program);
        return Environment.IsPrivilegedProcess
            ? new ProcessSpec(program, "setpriv",
                ["--reuid", Superuser, "--regid", Superuser, "--init-groups", "--", path, .. arguments])
            : new ProcessSpec(program, path, arguments);
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        // Never disposed (xunit 2 has no assembly fixture, and the test host is killed soon after its
        // ProcessExit starts): when the run ends, the watchdog stops the server and deletes its directory.
        var server = await StartAsync(TestTimeouts.ProcessStart);
        return server;
    }
}
