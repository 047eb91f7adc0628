using Microsoft.Extensions.Logging;

namespace Asa.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    public const string DatabaseConnectionName = "asa-db";
    public const string DatabaseName = "asa";
    public const string RedisConnectionName = "redis";

    /// <summary>Adds Postgres (<c>asa-db</c>) and Redis (<c>redis</c>) as containers or as local executables.</summary>
    public static AsaInfrastructure AddAsaInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = InfraSettings.Resolve(builder);
        builder.LogAtStart(logger => logger.LogInformation(
            "ASA infrastructure: {InfraMode} ({Reason}){DataDirectory}",
            settings.Mode.ToString().ToLowerInvariant(),
            settings.Reason,
            settings.Mode == InfraMode.Local ? $", data in {settings.DataDirectory}" : ""));

        return settings.Mode == InfraMode.Local
            ? AddLocal(builder, settings)
            : AddContainers(builder, settings);
    }

    private static AsaInfrastructure AddContainers(IDistributedApplicationBuilder builder, InfraSettings settings)
    {
        var database = builder.AddPostgres("postgres")
            .WithDataVolume()
            .AddDatabase(DatabaseConnectionName, DatabaseName);
        var redis = builder.AddRedis(RedisConnectionName)
            .WithDataVolume()
            .WithPersistence(TimeSpan.FromSeconds(10), keysChangedThreshold: 1);
        return new AsaInfrastructure(settings, database, redis);
    }

    private static AsaInfrastructure AddLocal(IDistributedApplicationBuilder builder, InfraSettings settings)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Local infrastructure runs PostgreSQL and Redis as Unix processes; use --infra containers.");
        }
        var dataRoot = new LocalDataRoot(settings.DataDirectory);
        return new AsaInfrastructure(
            settings,
            builder.AddLocalPostgres(DatabaseConnectionName, DatabaseName, dataRoot, settings.PostgresPort),
            builder.AddLocalRedis(RedisConnectionName, dataRoot, settings.RedisPort));
    }
}
