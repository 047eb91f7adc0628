using System.Collections;

namespace Asa.Cli;

/// <summary>
/// Everything the command line takes from the process: where it writes, its environment and working directory.
/// Tests pass their own, so a whole command runs in process without touching the real console or environment.
/// </summary>
public sealed record CliHost(
    TextWriter Output,
    TextWriter Error,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    bool OutputIsTerminal = false)
{
    /// <summary>The real process: its console, environment and current directory.</summary>
    public static CliHost FromProcess() =>
        new(Console.Out, Console.Error, ProcessEnvironment(), Directory.GetCurrentDirectory(), !Console.IsOutputRedirected);

    /// <summary>The value of an environment variable; null when unset or empty.</summary>
    public string? Variable(string name) =>
        Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static Dictionary<string, string> ProcessEnvironment() =>
        System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "", StringComparer.Ordinal);
}
