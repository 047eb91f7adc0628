using Asa.Tests.Infrastructure;
using Npgsql;

namespace Asa.Tests.Llm;

/// <summary>One migrated database for the gateway tests; each test uses its own task and user ids.</summary>
public sealed class LlmDatabase : IAsyncLifetime
{
    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync().WaitAsync(TestTimeouts.ProcessStart);
        var connectionString = await server.CreateDatabaseAsync("llm_gateway");
        await Migrations.ApplyAsync(connectionString);
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync() => await DataSource.DisposeAsync();
}
