using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// One traced run of the failing tests for a checkout, in a throwaway fork: the files it writes there (the tracers of
/// <see cref="LineTracer"/>, and the repository's C# files with <see cref="CSharpLineProbes"/> in place of the originals),
/// the command, and the coverage read back from its output.
/// </summary>
public sealed class TracedRun
{
    private readonly IReadOnlySet<string> paths;
    private readonly IReadOnlyDictionary<string, CSharpLineProbes.ProbedFile> probed;

    private TracedRun(IReadOnlySet<string> paths, IReadOnlyDictionary<string, CSharpLineProbes.ProbedFile> probed)
    {
        this.paths = paths;
        this.probed = probed;
        var files = new Dictionary<string, string>(LineTracer.Files, StringComparer.Ordinal);
        foreach (var (path, file) in probed.Where(p => p.Value.Statements.Count > 0))
        {
            files[path] = file.Text;
        }
        Files = files;
    }

    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The run for the checkout, or null when none of its own code is in a language the tracers can follow.</summary>
    public static TracedRun? For(CheckoutSnapshot checkout)
    {
        var code = checkout.Files.Where(f => !TestFileConvention.IsTest(f.Path)).ToList();
        var probed = new Dictionary<string, CSharpLineProbes.ProbedFile>(StringComparer.Ordinal);
        foreach (var file in code.Where(f => Languages.Editable(f.Path) == SourceLanguage.CSharp))
        {
            // A file that does not parse keeps its text, and none of its lines counts as measured.
            probed[file.Path] = CSharpLineProbes.Probe(file.Path, file.Text) ?? new CSharpLineProbes.ProbedFile(file.Text, []);
        }
        return probed.Values.Any(f => f.Statements.Count > 0) || code.Any(f => Languages.Editable(f.Path) is SourceLanguage.Python or SourceLanguage.JavaScript or SourceLanguage.Java)
            ? new TracedRun(checkout.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), probed)
            : null;
    }

    /// <summary>How much of the traced run's output is kept: enough for the report of a large repository.</summary>
    public const int OutputChars = 512 * 1024;

    public static string Command(string failingCommand) => LineTracer.Traced(failingCommand);

    /// <summary>Runs the failing tests traced in a fork of the workspace made for it and deleted after.</summary>
    public async Task<LineCoverage> MeasureAsync(
        ICandidateRunner sandbox, string workspace, string failingCommand, TimeSpan limit, CancellationToken cancellationToken)
    {
        var fork = await sandbox.ForkAsync(workspace, cancellationToken);
        try
        {
            await sandbox.WriteFilesAsync(fork, Files, null, cancellationToken);
            var run = await sandbox.RunAsync(fork, Command(failingCommand), limit, OutputChars, cancellationToken);
            return CoverageFrom(run.OutputTail);
        }
        finally
        {
            await sandbox.DeleteAsync(fork);
        }
    }

    public LineCoverage CoverageFrom(string output)
    {
        if (LineTracer.ReportIn(output) is not { } report)
        {
            return LineCoverage.None;
        }
        var coverage = LineCoverage.Parse(report, "", paths.Contains);
        return probed.Count == 0 || !coverage.Measured ? coverage : CSharpLineProbes.Spread(coverage, probed);
    }
}
