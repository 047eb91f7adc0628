namespace Asa.Repair;

/// <summary>A finished run of a command in the sandbox: how it ended, how long it took, and the end of what it printed.</summary>
public sealed record CommandRun(int ExitCode, IReadOnlyList<RunLimit> LimitsHit, TimeSpan WallTime, string OutputTail)
{
    public bool Succeeded => ExitCode == 0 && LimitsHit.Count == 0;

    /// <summary>How the run ended, as a clause: "exited with code 1", "was stopped by the sandbox's time limit".</summary>
    public string Describe() =>
        LimitsHit.Count > 0
            ? $"was stopped by the sandbox's {string.Join(" and ", LimitsHit.Select(Name))} limit"
            : $"exited with code {ExitCode}";

    public static string Name(RunLimit limit) => limit switch
    {
        RunLimit.Time => "time",
        RunLimit.Memory => "memory",
        RunLimit.Output => "output",
        RunLimit.Processes => "process",
        _ => limit.ToString(),
    };
}
