using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Asa.Sandbox.Tests.Docker;
using Asa.Tests.Infrastructure;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>Runs against bubblewrap; <see cref="DockerNetworkIsolationTests"/> runs the same facts against the docker backend.</summary>
public class NetworkIsolationTests : IDisposable
{
    private readonly SandboxWorkspace workspace;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public NetworkIsolationTests()
        : this(SandboxBackendKind.Bubblewrap)
    {
    }

    protected NetworkIsolationTests(SandboxBackendKind backend)
    {
        Backend = backend;
        workspace = new SandboxWorkspace(backend);
        listener.Start();
    }

    protected SandboxBackendKind Backend { get; }

    private int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        listener.Dispose();
        workspace.Dispose();
    }

    private static string Python(string code) => $"python3 -c '{code}'";

    [SkippableFact]
    public async Task ConnectingToAServerOnTheHostLoopbackFails()
    {
        var run = await workspace.RunAsync(Python($"import socket; socket.create_connection((\"127.0.0.1\", {Port}), timeout=5)"));

        // Exit code 1 with a traceback: Python ran and the connection raised.
        Assert.True(run.Result.ExitCode == 1, $"{run.Result} {run.Stdout} {run.Stderr}");
        Assert.Contains("Error", run.Stderr);
        Assert.False(listener.Pending());
    }

    [SkippableFact]
    public async Task ConnectingToAPublicAddressFails()
    {
        var run = await workspace.RunAsync(Python("import socket; socket.create_connection((\"1.1.1.1\", 53), timeout=5)"));

        Assert.True(run.Result.ExitCode == 1, $"{run.Result} {run.Stdout} {run.Stderr}");
        Assert.Contains("unreachable", run.Stderr);
    }

    [SkippableFact]
    public async Task ResolvingANameFails()
    {
        var run = await workspace.RunAsync(Python("import socket; socket.getaddrinfo(\"example.com\", 443)"));

        Assert.True(run.Result.ExitCode == 1, $"{run.Result} {run.Stdout} {run.Stderr}");
        Assert.Contains("gaierror", run.Stderr);
    }

    [SkippableFact]
    public async Task TheSameConnectionSucceedsWhenNetworkIsAllowed()
    {
        // A container's 127.0.0.1 is its own: with network allowed it reaches the host by the host's address.
        using var server = new TcpListener(Backend == SandboxBackendKind.Docker ? HostAddress() : IPAddress.Loopback, 0);
        server.Start();
        var endpoint = (IPEndPoint)server.LocalEndpoint;
        var accepted = server.AcceptTcpClientAsync();

        var run = await workspace.RunAsync(
            Python($"import socket; socket.create_connection((\"{endpoint.Address}\", {endpoint.Port}), timeout=5).close()"), network: true);

        Assert.True(run.Result.ExitCode == 0, $"{run.Result} {run.Stdout} {run.Stderr}");
        using var client = await accepted.WaitAsync(TestTimeouts.Call);
    }

    private static IPAddress HostAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up && i.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .First(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
