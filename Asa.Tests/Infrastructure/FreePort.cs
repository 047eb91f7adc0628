using System.Net;
using System.Net.Sockets;

namespace Asa.Tests.Infrastructure;

/// <summary>Finds loopback TCP ports that nothing listens on.</summary>
public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A port the kernel just gave out and this test run has not handed out before.</summary>
    public static int Next()
    {
        // The kernel may give a released port out again; parallel fixtures must not share one.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            lock (HandedOut)
            {
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
        throw new InvalidOperationException("No unused loopback port after 20 attempts.");
    }
}
