using System.Globalization;
using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;

namespace Asa.AppHost.Infrastructure;

/// <summary>Local mode's Redis: a <c>redis-server</c> executable with an append-only file, and a connection string that waits for it.</summary>
[UnsupportedOSPlatform("windows")]
public static class LocalRedisExtensions
{
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalRedis(
        this IDistributedApplicationBuilder builder, string connectionName, LocalDataRoot dataRoot, int port)
    {
        var command = FindOnPath("redis-server")
            ?? throw new AppHostConfigurationException("Local mode needs redis-server on PATH (Debian: apt-get install redis-server).");
        var password = dataRoot.GetOrCreateSecret("redis.password");
        var passwordParameter = builder.AddParameter("redis-password", password, secret: true);
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var directory = dataRoot.Combine("redis");
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var configFile = WriteConfig(directory, portText, password);

        const string healthCheckKey = "redis-local-answers";
        builder.Services.AddHealthChecks().AddRedis($"127.0.0.1:{portText},password={password}", name: healthCheckKey);

        var server = builder
            .AddExecutable("redis-server", command, directory, configFile)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(healthCheckKey);

        return builder
            .AddConnectionString(connectionName, ReferenceExpression.Create($"127.0.0.1:{portText},password={passwordParameter.Resource}"))
            .WaitFor(server);
    }

    // A config file keeps the password out of the process list.
    private static string WriteConfig(string directory, string port, string password)
    {
        var file = Path.Combine(directory, "redis.conf");
        string[] lines =
        [
            "bind 127.0.0.1",
            $"port {port}",
            "protected-mode yes",
            $"requirepass {password}",
            $"dir \"{directory}\"",
            // The task stream must survive a restart: log every write, fsync each second.
            "appendonly yes",
            "appendfsync everysec",
            "daemonize no",
        ];
        using (var stream = new FileStream(file, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(string.Join('\n', lines) + "\n");
        }
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return file;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
