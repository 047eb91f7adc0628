using System.Text.Json;
using Asa.Cli;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>
/// A shell for the asa command line, in process: its own environment (a fresh HOME, so no real config file counts)
/// and working directory. Each run gets fresh writers, as if stdout and stderr were redirected to files.
/// </summary>
public sealed class CliSession : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(90);

    public CliSession(IDictionary<string, string>? environment = null)
    {
        Environment = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["HOME"] = Home };
    }

    /// <summary>The session's home directory; deleted on dispose.</summary>
    public string Home { get; } = Directory.CreateTempSubdirectory("asa-cli-home-").FullName;

    /// <summary>The variables the command line sees, and nothing else.</summary>
    public Dictionary<string, string> Environment { get; }

    public string WorkingDirectory { get; set; } = Path.GetTempPath();

    /// <summary>A session whose ASA_URL points at the stack and whose ASA_API_KEY is <paramref name="user"/>'s.</summary>
    public static async Task<CliSession> ForUserAsync(AsaStack stack, string user, bool admin = false) => new(new Dictionary<string, string>
    {
        ["ASA_URL"] = StackUrl(stack),
        ["ASA_API_KEY"] = await stack.KeyFor(user, admin),
    });

    public static string StackUrl(AsaStack stack) => $"http://127.0.0.1:{stack.GrpcPort}";

    /// <summary>Writes the default config file, ~/.config/asa/config.json.</summary>
    public void WriteConfigFile(string json)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Home, ".config", "asa"));
        File.WriteAllText(Path.Combine(directory.FullName, "config.json"), json);
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    /// <summary>Runs until done or until <paramref name="interrupt"/> fires, as Ctrl+C would; fails past <paramref name="limit"/> (90 s by default).</summary>
    public async Task<CliResult> RunAsync(string[] args, CancellationToken interrupt, TimeSpan? limit = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AsaCommandLine.RunAsync(args, new CliHost(output, error, Environment, WorkingDirectory), interrupt).WaitAsync(limit ?? RunLimit);
        return new CliResult(args, exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}

/// <summary>How one run of the command line ended.</summary>
public sealed record CliResult(IReadOnlyList<string> Args, int ExitCode, string Output, string Error)
{
    /// <summary>Standard output parsed as the one JSON document it must be.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>Both streams, for assertions that do not care which.</summary>
    public string AllOutput => Output + Error;

    /// <summary>Asserts the exit code, showing everything printed when it differs.</summary>
    public CliResult ShouldExit(int expected)
    {
        Assert.True(ExitCode == expected,
            $"asa {string.Join(' ', Args)} exited {ExitCode}, expected {expected}.{System.Environment.NewLine}stdout:{System.Environment.NewLine}{Output}{System.Environment.NewLine}stderr:{System.Environment.NewLine}{Error}");
        return this;
    }
}
