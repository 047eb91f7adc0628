using System.Globalization;
using Asa.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Asa.AppHost.Services;

/// <summary>
/// How many sandboxes (<c>Asa:SandboxReplicas</c>) and worker processes (<c>Asa:WorkerReplicas</c>) run. A worker's
/// workspaces live in the one sandbox it uploaded them to, so sandboxes are not load-balanced replicas: each sandbox
/// gets a worker group of its own, and the worker processes are spread over the groups.
/// </summary>
public sealed record ReplicaSettings(int Sandboxes, int Workers)
{
    public const string SandboxName = "asa-sandbox";
    public const string WorkerName = "asa-worker";

    public static ReplicaSettings FromConfiguration(IConfiguration configuration)
    {
        var workers = Count(configuration, "Asa:WorkerReplicas");
        var sandboxes = Count(configuration, "Asa:SandboxReplicas");
        if (workers < sandboxes)
        {
            throw new AppHostConfigurationException(
                $"Asa:WorkerReplicas ({workers}) must be at least Asa:SandboxReplicas ({sandboxes}): every sandbox needs a worker of its own.");
        }
        return new ReplicaSettings(sandboxes, workers);
    }

    /// <summary>The groups, first to last: <c>asa-sandbox</c> with <c>asa-worker</c>, then <c>asa-sandbox-2</c> with <c>asa-worker-2</c>, ...</summary>
    public IEnumerable<(string Sandbox, string Worker, int WorkerReplicas)> Groups() =>
        Enumerable.Range(0, Sandboxes).Select(group => (Name(SandboxName, group), Name(WorkerName, group), WorkersIn(group)));

    // The first groups take the remainder, so the counts differ by one at most.
    private int WorkersIn(int group) => Workers / Sandboxes + (group < Workers % Sandboxes ? 1 : 0);

    private static string Name(string name, int group) => group == 0 ? name : $"{name}-{group + 1}";

    private static int Count(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }
        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1
            ? count
            : throw new AppHostConfigurationException($"{key} must be a whole number of at least 1, not '{value}'.");
    }
}
