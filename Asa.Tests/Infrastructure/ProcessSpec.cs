namespace Asa.Tests.Infrastructure;

/// <summary>What to run, and how to ask it to stop.</summary>
/// <param name="Name">Names the process in diagnostics.</param>
/// <param name="FileName">The program, looked up on PATH like a shell would.</param>
/// <param name="Arguments">Passed as they are, without shell quoting.</param>
public sealed record ProcessSpec(string Name, string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables added to (or, when null, removed from) the test run's environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The working directory; the test run's when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The signal (as `kill -s` names it) that asks the program to stop cleanly.</summary>
    public string StopSignal { get; init; } = "TERM";

    /// <summary>A directory deleted once the program has ended, even when the test run ended first.</summary>
    public string? DeleteOnExit { get; init; }
}
