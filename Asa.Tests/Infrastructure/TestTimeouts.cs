namespace Asa.Tests.Infrastructure;

/// <summary>Upper bounds for awaits in tests and fixtures; generous because CI has two cores.</summary>
public static class TestTimeouts
{
    /// <summary>A server or service process getting ready.</summary>
    public static readonly TimeSpan ProcessStart = TimeSpan.FromSeconds(60);

    /// <summary>A short command (git, initdb, chown) running to completion.</summary>
    public static readonly TimeSpan Command = TimeSpan.FromSeconds(60);

    /// <summary>A process dying after it was killed or asked to stop.</summary>
    public static readonly TimeSpan ProcessExit = TimeSpan.FromSeconds(15);

    /// <summary>One call to a server: a query, a Redis command, a gRPC call.</summary>
    public static readonly TimeSpan Call = TimeSpan.FromSeconds(15);
}
