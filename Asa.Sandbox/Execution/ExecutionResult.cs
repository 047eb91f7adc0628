namespace Asa.Sandbox.Execution;

/// <summary>The limits a run ran into; more than one can be hit (a flood of output that then times out).</summary>
[Flags]
public enum LimitsHit
{
    None = 0,
    Time = 1,
    Memory = 2,
    Output = 4,
    Pids = 8,
}

/// <summary>How a run ended.</summary>
/// <param name="ExitCode">The shell's exit code; 128 + N when the command died of signal N.</param>
/// <param name="Signal">The terminating signal, read from an exit code above 128 as shells report it.</param>
/// <param name="PeakMemoryBytes">Highest memory use of the whole run, page cache and /tmp included.</param>
/// <param name="DroppedStdoutBytes">Bytes of stdout between the kept head and tail that were not kept.</param>
public sealed record ExecutionResult(
    int ExitCode,
    int? Signal,
    TimeSpan WallTime,
    long PeakMemoryBytes,
    LimitsHit LimitsHit,
    long DroppedStdoutBytes,
    long DroppedStderrBytes);
