using System.Net;
using System.Net.Sockets;

namespace Asa.Tests.Sandbox;

public sealed class NetworkIsolationTests : IDisposable
{
    private readonly SandboxWorkspace workspace = new();
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public NetworkIsolationTests() => listener.Start();

    private int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public void Dispose()
    {
        listener.Dispose();
        workspace.Dispose();
    }

    private static string Python(string code) => $"python3 -c '{code}'";

    [Fact]
    public async Task ConnectingToAServerOnTheHostLoopbackFails()
    {
        var run = await workspace.RunAsync(Python($"import socket; socket.create_connection((\"127.0.0.1\", {Port}), timeout=5)"));

        // Exit code 1 with a traceback: Python ran and the connection raised.
        Assert.True(run.Result.ExitCode == 1, $"{run.Result} {run.Stdout} {run.Stderr}");
        Assert.Contains("Error", run.Stderr);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task ConnectingToAPublicAddressFails()
    {
        var run = await workspace.RunAsync(Python("import socket; socket.create_connection((\"1.1.1.1\", 53), timeout=5)"));

        Assert.True(run.Result.ExitCode == 1, $"{run.Result} {run.Stdout} {run.Stderr}");
        Assert.Contains("unreachable", run.Stderr);
    }

    [Fact]
    public async Task ResolvingANameFails()
    {
        var run = await workspace.RunAsync(Python("import socket; socket.getaddrinfo(\"example.com\", 443)"));

        Assert.True(run.Result.ExitCode == 1, $"{run.Result} {run.Stdout} {run.Stderr}");
        Assert.Contains("gaierror", run.Stderr);
    }

    [Fact]
    public async Task TheSameConnectionSucceedsWhenNetworkIsAllowed()
    {
        var accepted = listener.AcceptTcpClientAsync();

        var run = await workspace.RunAsync(
            Python($"import socket; socket.create_connection((\"127.0.0.1\", {Port}), timeout=5).close()"), network: true);

        Assert.Equal(0, run.Result.ExitCode);
        using var client = await accepted.WaitAsync(Infrastructure.TestTimeouts.Call);
    }
}
