using System.ComponentModel.DataAnnotations;

namespace Asa.Worker;

/// <summary>How a worker consumes the queue (section <c>Worker</c>).</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "Worker";

    /// <summary>Tasks this worker runs at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 2;

    /// <summary>How long a task stays with a worker that stopped renewing it before another worker may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most a task may run, from its first start (the seed's 30 minutes).</summary>
    public TimeSpan TaskTimeLimit { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Wall-clock limit of one run of the test command in the sandbox (the seed's 60 s).</summary>
    public TimeSpan TestTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Wall-clock limit of the setup command (dependency installs take longer than tests).</summary>
    public TimeSpan SetupTimeLimit { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often unfinished tasks are checked against the stream, to re-enqueue any Redis lost.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a task must have been untouched before the reconciler considers it lost.</summary>
    public TimeSpan ReconcileGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the stream is polled when no wake-up arrives through pub/sub.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts of a stage that fails on a transient error, the first included.</summary>
    [Range(1, 10)]
    public int TransientAttempts { get; set; } = 3;

    /// <summary>Where repositories are cloned; each task gets its own folder, removed when the task ends.</summary>
    public string WorkDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "asa-worker");

    /// <summary>This worker's name in the consumer group; unique per process by default.</summary>
    public string ConsumerName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";
}
