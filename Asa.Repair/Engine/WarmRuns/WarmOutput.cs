using System.Globalization;
using System.Text.RegularExpressions;
using Asa.Repair.Verification;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// What a warm driver printed for a batch: one run per candidate it tried, in order, each judged as a classic run of the
/// same command (its output and the per-test report its runner wrote); whether it got to the end of the batch (it
/// stops after the first candidate whose tests pass); and the error that stopped it before any candidate, if one did.
/// Each block ends <c>end index exit hung seconds [compile-seconds]</c>.
/// </summary>
public sealed partial record WarmOutput(IReadOnlyList<TestSuiteRun> Runs, bool Finished, string? Error)
{
    public static WarmOutput Parse(string output, string nonce)
    {
        var mark = Regex.Escape($"@@asa-warm-{nonce}");
        var runs = new List<TestSuiteRun>();
        var compiles = new List<TimeSpan>();
        var blocks = new Regex($@"{mark} begin (?<index>\d+)@@\n(?<text>.*?)\n{mark} end \k<index> (?<exit>-?\d+) (?<hung>[01]) (?<seconds>\d+(?:\.\d+)?)(?: (?<compiled>\d+(?:\.\d+)?))?@@",
            RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        foreach (Match block in blocks.Matches(output))
        {
            if (int.Parse(block.Groups["index"].Value, CultureInfo.InvariantCulture) != runs.Count)
            {
                break;
            }
            var (report, text) = TestReporting.Extract(block.Groups["text"].Value);
            var hung = block.Groups["hung"].Value == "1";
            var run = new CommandRun(int.Parse(block.Groups["exit"].Value, CultureInfo.InvariantCulture), hung ? [RunLimit.Time] : [],
                TimeSpan.FromSeconds(double.Parse(block.Groups["seconds"].Value, CultureInfo.InvariantCulture)),
                text.Length > TestRuns.OutputChars ? "…" + text[^TestRuns.OutputChars..] : text);
            runs.Add(new TestSuiteRun(run, report));
            compiles.Add(block.Groups["compiled"].Success ? TimeSpan.FromSeconds(double.Parse(block.Groups["compiled"].Value, CultureInfo.InvariantCulture)) : TimeSpan.Zero);
        }
        var error = new Regex($@"{mark} error (?<message>.*?)@@\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)).Match(output);
        var finished = output.Contains($"@@asa-warm-{nonce} done@@", StringComparison.Ordinal);
        return new WarmOutput(runs, finished, error.Success ? error.Groups["message"].Value : null) { CompileTimes = compiles };
    }

    /// <summary>
    /// How long each run's compile took before it, where the driver compiles each candidate in process (the C# and Java
    /// hosts); zero elsewhere. A run's own time, and its limit, start after its compile.
    /// </summary>
    public IReadOnlyList<TimeSpan> CompileTimes { get; init; } = [];
}
