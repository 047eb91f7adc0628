using System.Net.Sockets;
using Asa.Tests.Infrastructure;
using StackExchange.Redis;

namespace Asa.Tests.Fixtures;

public sealed class RedisServerTests : IAsyncLifetime
{
    private RedisServer redis = null!;

    public async Task InitializeAsync() => redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await redis.DisposeAsync();

    [Fact]
    public async Task ServerAnswersPingOnItsLoopbackPort()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", redis.Port).WaitAsync(TestTimeouts.Call);
        var stream = client.GetStream();

        await stream.WriteAsync("PING\r\n"u8.ToArray()).AsTask().WaitAsync(TestTimeouts.Call);
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TestTimeouts.Call);

        Assert.Equal("+PONG\r\n", System.Text.Encoding.ASCII.GetString(buffer, 0, read));
    }

    [Fact]
    public async Task FlushAllDeletesStreamsAndKeys()
    {
        var database = (await redis.ConnectAsync()).GetDatabase();
        await database.StringSetAsync("key", "value").WaitAsync(TestTimeouts.Call);
        await database.StreamAddAsync("asa:tasks", "task_id", "t1").WaitAsync(TestTimeouts.Call);

        await redis.FlushAllAsync();

        Assert.False(await database.KeyExistsAsync("key").WaitAsync(TestTimeouts.Call));
        Assert.False(await database.KeyExistsAsync("asa:tasks").WaitAsync(TestTimeouts.Call));
    }

    [Fact]
    public async Task ServerKeepsNothingOnDisk()
    {
        var connection = await redis.ConnectAsync();
        var server = connection.GetServer(connection.GetEndPoints().Single());

        var config = (await server.ConfigGetAsync("*").WaitAsync(TestTimeouts.Call)).ToDictionary();

        Assert.Equal("", config["save"]);
        Assert.Equal("no", config["appendonly"]);
        Assert.Equal(redis.Directory, config["dir"]);
    }

    [Fact]
    public async Task DisposeStopsTheServer()
    {
        var other = await RedisServer.StartAsync();
        var port = other.Port;

        await other.DisposeAsync();

        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync("127.0.0.1", port).WaitAsync(TestTimeouts.Call));
        Assert.False(Directory.Exists(other.Directory));
    }
}
