namespace Asa.Sandbox.Docker;

/// <summary>
/// The container's main process, a <c>/bin/sh</c> script: it runs the command as <c>/bin/sh -c command</c>
/// in the foreground (its signals as a shell would leave them), then copies the cgroup counters
/// (<see cref="DockerUsageReport.CounterFiles"/>) into the run directory (<see cref="DockerRunDirectory"/>) and
/// exits with the command's status. Beside it a watchdog blocks opening the run directory's stop FIFO; when the
/// backend opens it at the time limit, the watchdog SIGKILLs every process but pid 1 (the wrapper) and itself,
/// the command's shell ends with 137 and the counters are still copied. Once the command has started only shell
/// builtins run, since a fork bomb leaves nothing to fork with.
/// </summary>
internal static class DockerRunWrapper
{
    /// <summary>Where the run directory is mounted in the container.</summary>
    public const string MountPath = "/run/asa-run";

    /// <summary>The FIFO the backend opens to stop the run.</summary>
    public const string StopFile = "stop";

    /// <summary>The counters the wrapper copies, read as a <see cref="DockerUsageReport"/>.</summary>
    public const string UsageFile = "usage";

    // The wrapper's own stderr goes to /dev/null so that its shell's "Killed" for a command that died of a
    // signal is not mixed into the command's output; the command gets the original stderr back through fd 3.
    private static readonly string Script = $$"""
        run={{MountPath}}
        exec 3>&2 2>/dev/null
        ( : < "$run/{{StopFile}}"; kill -KILL -1 ) > /dev/null 3>&- &
        watchdog=$!
        ( exec 2>&3 3>&- /bin/sh -c "$1" )
        status=$?
        kill -KILL "$watchdog"
        for counters in {{string.Join(' ', DockerUsageReport.CounterFiles)}}; do
            [ -r "/sys/fs/cgroup/$counters" ] || continue
            while IFS= read -r line; do printf '%s %s\n' "$counters" "$line"; done < "/sys/fs/cgroup/$counters"
        done > "$run/{{UsageFile}}"
        exit "$status"
        """;

    /// <summary>The container's command: the wrapper, with the user's command as its only argument.</summary>
    public static List<string> Command(string command) => ["/bin/sh", "-c", Script, "asa-run", command];
}
