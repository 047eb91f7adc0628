namespace Asa.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    public const string DatabaseConnectionName = "asa-db";
    public const string DatabaseName = "asa";
    public const string RedisConnectionName = "redis";

    /// <summary>Adds Postgres (<c>asa-db</c>) and Redis (<c>redis</c>) as containers.</summary>
    public static AsaInfrastructure AddAsaInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var database = builder.AddPostgres("postgres")
            .WithDataVolume()
            .AddDatabase(DatabaseConnectionName, DatabaseName);
        var redis = builder.AddRedis(RedisConnectionName)
            .WithDataVolume()
            .WithPersistence(TimeSpan.FromSeconds(10), keysChangedThreshold: 1);
        return new AsaInfrastructure(database, redis);
    }
}
