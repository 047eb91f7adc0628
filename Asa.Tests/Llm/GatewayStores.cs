using Asa.Tests.Infrastructure;
using Npgsql;
using StackExchange.Redis;

namespace Asa.Tests.Llm;

/// <summary>What the gateway keeps state in, for the gateway tests: one migrated database and one Redis; each test uses its own task and user ids.</summary>
public sealed class GatewayStores : IAsyncLifetime
{
    private RedisServer? redisServer;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync().WaitAsync(TestTimeouts.ProcessStart);
        var connectionString = await server.CreateDatabaseAsync("llm_gateway");
        await Migrations.ApplyAsync(connectionString);
        DataSource = NpgsqlDataSource.Create(connectionString);
        redisServer = await RedisServer.StartAsync();
        Redis = await redisServer.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await Redis.DisposeAsync();
        if (redisServer is not null)
        {
            await redisServer.DisposeAsync();
        }
    }
}
