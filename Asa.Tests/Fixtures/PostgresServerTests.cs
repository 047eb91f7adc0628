using Asa.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Asa.Tests.Fixtures;

public sealed class PostgresServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SharedClusterAnswersSelectOneInANewDatabase()
    {
        var server = await PostgresServer.SharedAsync().WaitAsync(TestTimeouts.ProcessStart);
        output.WriteLine($"Shared cluster started in {server.StartupTime.TotalMilliseconds:F0} ms");

        var connectionString = await server.CreateDatabaseAsync(nameof(PostgresServerTests));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().WaitAsync(TestTimeouts.Call);
        await using var command = new NpgsqlCommand("select 1, current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync().WaitAsync(TestTimeouts.Call);
        Assert.True(await reader.ReadAsync().WaitAsync(TestTimeouts.Call));
        Assert.Equal(1, reader.GetInt32(0));
        Assert.Equal(new NpgsqlConnectionStringBuilder(connectionString).Database, reader.GetString(1));
    }

    [Fact]
    public async Task EachDatabaseHasItsOwnTables()
    {
        var server = await PostgresServer.SharedAsync().WaitAsync(TestTimeouts.ProcessStart);
        var first = await server.CreateDatabaseAsync("same-name");
        var second = await server.CreateDatabaseAsync("same-name");

        await ExecuteAsync(first, "create table marker (id int)");

        Assert.NotEqual(first, second);
        Assert.Equal(1L, await ExecuteAsync(first, "select count(*) from pg_tables where tablename = 'marker'"));
        Assert.Equal(0L, await ExecuteAsync(second, "select count(*) from pg_tables where tablename = 'marker'"));
    }

    [Fact]
    public async Task DisposeStopsTheServerAndDeletesItsFiles()
    {
        var server = await PostgresServer.StartAsync(TestTimeouts.ProcessStart);
        output.WriteLine($"Cluster started in {server.StartupTime.TotalMilliseconds:F0} ms");
        var connectionString = server.ConnectionString("postgres");
        Assert.Equal(1, await ExecuteAsync(connectionString, "select 1"));

        await server.DisposeAsync();

        Assert.False(Directory.Exists(server.Directory));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() =>
            ExecuteAsync(connectionString + ";Pooling=false;Timeout=2", "select 1"));
    }

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().WaitAsync(TestTimeouts.Call);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync().WaitAsync(TestTimeouts.Call);
    }
}
