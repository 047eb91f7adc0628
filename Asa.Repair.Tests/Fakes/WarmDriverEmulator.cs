using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Asa.Repair.Tests.Fakes;

/// <summary>
/// Plays the engine's warm driver in the in-memory sandbox: reads the batch the engine wrote into the fork, runs each
/// candidate's failing tests with the scenario's own run of the test command, prints the driver's delimited results,
/// and stops after the first candidate whose tests exit 0 when the batch says so, as the real drivers do. Records every batch and every run.
/// </summary>
public sealed class WarmDriverEmulator
{
    private const string Manifest = ".asa-warm/batch.json";

    /// <summary>Changes what the driver reports for the unchanged program (a driver that disagrees with the classic run).</summary>
    public Func<CommandRun, CommandRun> Reference { get; init; } = run => run;

    /// <summary>Each batch's candidates as the driver saw them: the changed file's content, null for the unchanged program.</summary>
    public ConcurrentQueue<IReadOnlyList<string?>> Batches { get; } = new();

    /// <summary>The changed content of every candidate the driver ran, in order.</summary>
    public ConcurrentQueue<string> Tried { get; } = new();

    public CommandRun Run(IReadOnlyDictionary<string, string> files, string command, Func<IReadOnlyDictionary<string, string>, string, CommandRun> run)
    {
        if (!command.Contains(Manifest, StringComparison.Ordinal))
        {
            return run(files, command);
        }
        using var batch = JsonDocument.Parse(files[Manifest]);
        var nonce = batch.RootElement.GetProperty("nonce").GetString();
        var testCommand = "python3 -m pytest " + string.Join(' ', batch.RootElement.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        var output = new StringBuilder();
        var seen = new List<string?>();
        var index = 0;
        foreach (var candidate in batch.RootElement.GetProperty("candidates").EnumerateArray())
        {
            var path = candidate.GetProperty("path").GetString();
            var changed = new Dictionary<string, string>(files, StringComparer.Ordinal);
            if (path is not null)
            {
                changed[path] = files[candidate.GetProperty("content").GetString()!];
                Tried.Enqueue(changed[path]);
            }
            seen.Add(path is null ? null : changed[path]);
            var result = path is null ? Reference(run(changed, testCommand)) : run(changed, testCommand);
            output.Append(CultureInfo.InvariantCulture,
                $"\n@@asa-warm-{nonce} begin {index}@@\n{result.OutputTail}\n@@asa-test-report-begin@@\n@@asa-test-report-end@@\n")
                .Append(CultureInfo.InvariantCulture, $"@@asa-warm-{nonce} end {index} {result.ExitCode} 0 0.070@@\n");
            index++;
            if (result.ExitCode == 0 && batch.RootElement.GetProperty("stopAtPass").GetBoolean())
            {
                break;
            }
        }
        Batches.Enqueue(seen);
        output.Append(CultureInfo.InvariantCulture, $"@@asa-warm-{nonce} done@@\n");
        return new CommandRun(0, [], TimeSpan.FromMilliseconds(200), output.ToString());
    }
}
