using System.Globalization;
using System.Text.Json;
using Asa.Repair.Edits;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// Candidates whose failing tests one sandbox run of a warm driver tries in turn (a null entry: the program unchanged):
/// the files that tell the driver what to do, written into the fork beside the driver, and the command that starts it.
/// </summary>
public sealed class WarmBatch(WarmCommand command, IReadOnlyList<CandidateEdit?> candidates, TimeSpan candidateLimit, WarmDriver driver)
{
    public const string Directory = ".asa-warm";
    private const string Manifest = Directory + "/batch.json";

    /// <summary>The same manifest as tab-separated lines, for the Java host (Java has no JSON reader of its own).</summary>
    public const string JavaManifest = Directory + "/batch.txt";
    private const string PytestDriverPath = Directory + "/pytest-driver.py";
    private const string NodeDriverPath = Directory + "/warm-driver.mjs";
    private const string NodeReporterPath = Directory + "/node-reporter.mjs";
    private const string NodeInProcessDriverPath = Directory + "/inproc-driver.mjs";

    /// <summary>Bytes of each candidate's output the driver keeps: the classic run keeps 4000 characters of it.</summary>
    private const int TailBytes = 16 * 1024;

    /// <summary>The drivers, written once into every fork that runs warm.</summary>
    public static IReadOnlyDictionary<string, string> DriverFiles { get; } = new Dictionary<string, string>(CSharpHost.Files.Concat(JavaHost.Files))
    {
        [PytestDriverPath] = PytestDriver.Source,
        [NodeDriverPath] = NodeDriver.Source,
        [NodeReporterPath] = Verification.TestReporting.NodeReporter,
        [Directory + "/" + NodeDriverCommon.FileName] = NodeDriverCommon.Source,
        [NodeInProcessDriverPath] = NodeInProcessDriver.Source,
        [Directory + "/inproc-runner.cjs"] = NodeInProcessRunner.Source,
        [Directory + "/inproc-hooks.mjs"] = NodeInProcessRunner.Hooks,
        [Directory + "/inproc-test.mjs"] = NodeInProcessRunner.TestModule,
        [Directory + "/inproc-harness.cjs"] = NodeTestHarness.Source,
    };

    /// <summary>What a fork runs once, after the drivers are written and before any batch, or null when it needs nothing.</summary>
    public static string? WarmUpCommand(WarmCommand command) => command.Runner switch
    {
        WarmRunner.DotnetRun => CSharpHost.WarmUpCommand(command),
        WarmRunner.JUnit => JavaHost.WarmUpCommand(command),
        _ => null,
    };

    /// <summary>Marks the driver's lines for this batch alone, so a test's own output cannot pass for them.</summary>
    public string Nonce { get; } = Guid.NewGuid().ToString("N")[..12];

    public IReadOnlyList<CandidateEdit?> Candidates { get; } = candidates;

    /// <summary>Whether the driver stops after the first candidate whose failing tests pass, or goes on to the end of the batch.</summary>
    public bool StopAtPass { get; init; } = true;

    /// <summary>What each candidate's in-process compile may take on top of its run's limit (<see cref="CandidateRuns.CompileAllowance"/>).</summary>
    public TimeSpan CompileAllowance { get; init; }

    /// <summary>The whole run's limit: every candidate's compile and run, and time for the driver to start and to end each run.</summary>
    public TimeSpan RunLimit => (candidateLimit + CompileAllowance) * Candidates.Count + TimeSpan.FromSeconds(20);

    /// <summary>The manifest and each candidate's file content, under paths no test runner collects.</summary>
    public IReadOnlyDictionary<string, string> Files()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<Dictionary<string, string?>>();
        for (var i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i] is { } candidate)
            {
                files[ContentPath(i)] = candidate.Changed;
                entries.Add(new() { ["path"] = candidate.Path, ["content"] = ContentPath(i) });
            }
            else
            {
                entries.Add(new() { ["path"] = null });
            }
        }
        files[Manifest] = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["nonce"] = Nonce,
            ["dir"] = command.Directory,
            ["module"] = command.PythonModule,
            ["args"] = command.Arguments,
            ["reporter"] = NodeReporterPath,
            ["limitSeconds"] = Math.Round(candidateLimit.TotalSeconds, 3),
            ["tailBytes"] = TailBytes,
            ["stopAtPass"] = StopAtPass,
            ["candidates"] = entries,
        });
        if (command.Runner == WarmRunner.JUnit)
        {
            files[JavaManifest] = JavaManifestText();
        }
        return files;
    }

    /// <summary>The nonce, limit, tail, whether to stop at a pass, and one <c>candidate</c> line each: its path and content file, or none for the program unchanged.</summary>
    private string JavaManifestText()
    {
        var lines = new System.Text.StringBuilder();
        lines.Append(CultureInfo.InvariantCulture, $"nonce\t{Nonce}\nlimitSeconds\t{Math.Round(candidateLimit.TotalSeconds, 3)}\ntailBytes\t{TailBytes}\n")
            .Append(CultureInfo.InvariantCulture, $"stopAtPass\t{(StopAtPass ? "true" : "false")}\n");
        for (var i = 0; i < Candidates.Count; i++)
        {
            lines.Append(Candidates[i] is { } candidate ? $"candidate\t{candidate.Path}\t{ContentPath(i)}\n" : "candidate\n");
        }
        return lines.ToString();
    }

    /// <summary>Each candidate's content is written in its own file's encoding, so the driver copies its bytes as they are.</summary>
    public Func<string, TextEncoding> EncodingOf(Func<string, TextEncoding> encodingOf) => path =>
    {
        for (var i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i] is { } candidate && path == ContentPath(i))
            {
                return encodingOf(candidate.Path);
            }
        }
        return TextEncoding.Utf8;
    };

    /// <summary>
    /// Starts the driver from the workspace's root (it changes to the command's folder itself). Python writes no
    /// bytecode from its first line on; the driver keeps the candidates' own modules from trusting any.
    /// </summary>
    public string ShellCommand() => (command.Runner, driver) switch
    {
        (WarmRunner.Pytest, WarmDriver.ChildPerCandidate) => $"PYTHONDONTWRITEBYTECODE=1 exec {command.Interpreter} {PytestDriverPath} {Manifest}",
        (WarmRunner.NodeTest, WarmDriver.ChildPerCandidate) => $"exec node {NodeDriverPath} {Manifest}",
        (WarmRunner.NodeTest, WarmDriver.NodeInProcess) => $"exec node {NodeInProcessDriverPath} {Manifest}",
        (WarmRunner.DotnetRun, WarmDriver.RoslynHost) => CSharpHost.RunCommand(Manifest),
        (WarmRunner.JUnit, WarmDriver.JavacHost) => JavaHost.RunCommand(),
        _ => throw new InvalidOperationException($"No {driver} warm driver runs {command.Runner}."),
    };

    /// <summary>The drivers worth trying for a command, best first: for <c>node --test</c>, in-process before a child a candidate.</summary>
    public static IReadOnlyList<WarmDriver> DriversFor(WarmRunner runner) =>
        runner switch
        {
            WarmRunner.NodeTest => [WarmDriver.NodeInProcess, WarmDriver.ChildPerCandidate],
            WarmRunner.DotnetRun => [WarmDriver.RoslynHost],
            WarmRunner.JUnit => [WarmDriver.JavacHost],
            _ => [WarmDriver.ChildPerCandidate],
        };

    private static string ContentPath(int index) => $"{Directory}/batch/{index.ToString(CultureInfo.InvariantCulture)}.txt";
}
