namespace Asa.Tests.Infrastructure;

/// <summary>How an <see cref="AsaStack"/> is configured; every value is a .NET configuration key as an environment variable.</summary>
public sealed record AsaStackOptions
{
    /// <summary>How many workers start with the stack; zero leaves every task queued.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Added to the Api's configuration, overriding the defaults below.</summary>
    public IReadOnlyDictionary<string, string> Api { get; init; } = new Dictionary<string, string>();

    /// <summary>Added to every worker's configuration, overriding the defaults below.</summary>
    public IReadOnlyDictionary<string, string> Worker { get; init; } = new Dictionary<string, string>();

    /// <summary>The Api's defaults: the seed's limits, local repositories allowed.</summary>
    public static IReadOnlyDictionary<string, string> ApiDefaults { get; } = new Dictionary<string, string>
    {
        ["Limits__MaxQueueSize"] = "100",
        ["Limits__MaxSubmissionsPerUserPerDay"] = "20",
        ["Repositories__AllowLocal"] = "true",
    };

    /// <summary>
    /// The workers' defaults: short lease and reconcile interval so failover tests finish quickly, and the embedded
    /// engine off, so a reproduced bug ends at once with "no fixer is configured" unless a test asks for a fixer.
    /// </summary>
    public static IReadOnlyDictionary<string, string> WorkerDefaults { get; } = new Dictionary<string, string>
    {
        ["Engine__Mode"] = "Off",
        ["Repositories__AllowLocal"] = "true",
        ["Worker__Concurrency"] = "2",
        ["Worker__Lease"] = "00:00:02",
        ["Worker__TaskTimeLimit"] = "00:30:00",
        ["Worker__ReconcileInterval"] = "00:00:01",
    };
}
