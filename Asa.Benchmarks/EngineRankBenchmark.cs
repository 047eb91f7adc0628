using System.Text.RegularExpressions;
using Asa.Benchmarks.Corpus;
using Asa.Corpus;
using Asa.Repair.Engine;
using Asa.Repair.Localization;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>engine-rank</c> command: for each corpus case, the place the embedded engine's search order gives the known
/// fix, found as the engine would find it but run on this machine, so a change to localisation or to the operators'
/// order can be judged in seconds rather than by a full corpus run. Returns the process exit code.
/// </summary>
public sealed partial class EngineRankBenchmark(EngineRankOptions options, TextWriter output, TextWriter error)
{
    private static readonly TimeSpan TestTimeLimit = TimeSpan.FromSeconds(300);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<CorpusCase> cases;
        try
        {
            var corpusDirectory = Path.GetFullPath(options.CorpusDirectory ?? CorpusCatalog.Locate());
            cases = CorpusCatalog.Load(corpusDirectory).Where(options.Selects).ToList();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidDataException or IOException)
        {
            await error.WriteLineAsync($"the corpus cannot be used: {exception.Message}");
            return CorpusBenchmark.ExitCorpusInvalid;
        }
        if (cases.Count == 0)
        {
            await error.WriteLineAsync($"no corpus case matches the selection\n\n{EngineRankOptions.Usage}");
            return SubmitBenchmark.ExitUsage;
        }

        var ranker = new SuspiciousLineRanker(new FaultLocalizer());
        var lines = new EngineOptions().SuspiciousLines;
        await output.WriteLineAsync($"{"case",-28} {"lang",-10} {"one edit",-8} {"generated",9} {"line place",10} {"fix place",9}  most suspicious");
        var places = new List<int>();
        foreach (var corpusCase in cases)
        {
            var place = await PlaceAsync(corpusCase, ranker, lines, cancellationToken);
            if (place.FixPlace is { } found)
            {
                places.Add(found);
            }
            await output.WriteLineAsync(
                $"{corpusCase.Name,-28} {corpusCase.Language,-10} {(corpusCase.EngineFixable ? "yes" : "no"),-8} {place.Generated,9} " +
                $"{place.LinePlace?.ToString() ?? "-",10} {place.FixPlace?.ToString() ?? "-",9}  {place.Note}");
        }
        places.Sort();
        await output.WriteLineAsync(places.Count == 0
            ? "\nno known fix is among the candidates"
            : $"\nknown fix among the candidates in {places.Count} of {cases.Count} cases; place median {places[places.Count / 2]}, " +
              $"within 20: {places.Count(p => p <= 20)}, within 60: {places.Count(p => p <= 60)}, within 200: {places.Count(p => p <= 200)}");
        return 0;
    }

    private async Task<CasePlace> PlaceAsync(CorpusCase corpusCase, SuspiciousLineRanker ranker, int suspiciousLines, CancellationToken cancellationToken)
    {
        using var checkout = CorpusCheckout.LayOut(corpusCase, CorpusOverlay.None);
        var baseline = await ShellRun.RunAsync(checkout.Path, corpusCase.TestCommand, TestTimeLimit, cancellationToken);
        if (baseline.ExitCode == 0)
        {
            return new CasePlace(0, null, null, "the tests pass on the buggy version");
        }
        var snapshot = CheckoutSnapshot.Load(checkout.Path, cancellationToken);
        var paths = snapshot.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var failingCommand = FailingTests.Narrow(corpusCase.TestCommand, baseline.OutputTail, paths);
        var coverage = TracedRun.For(snapshot) is { } traced ? await TraceAsync(checkout.Path, snapshot, failingCommand, traced, cancellationToken) : LineCoverage.None;
        var request = new SearchRequest("", failingCommand, corpusCase.TestCommand, baseline.OutputTail,
            FailingTestSources.Find(snapshot, baseline.OutputTail), new HashSet<string>(StringComparer.Ordinal));
        var plan = CandidatePlan.Make(ranker, snapshot, corpusCase.Description, request, coverage, suspiciousLines, cancellationToken);
        var top = string.Join(", ", plan.Suspicious.Take(3));

        var changed = CorpusFiles.RelativeFiles(corpusCase.FixedDirectory)
            .Where(p => !File.Exists(Path.Combine(corpusCase.BuggyDirectory, p))
                        || File.ReadAllText(Path.Combine(corpusCase.BuggyDirectory, p)) != File.ReadAllText(Path.Combine(corpusCase.FixedDirectory, p)))
            .ToList();
        if (changed.Count != 1 || !paths.Contains(changed[0]))
        {
            return new CasePlace(plan.Candidates.Count, null, null, $"the fix changes {changed.Count} files; {top}");
        }
        var path = changed[0];
        var buggyText = File.ReadAllText(Path.Combine(corpusCase.BuggyDirectory, path));
        var fixedText = File.ReadAllText(Path.Combine(corpusCase.FixedDirectory, path));
        var fixLine = buggyText.Split('\n').Zip(fixedText.Split('\n')).TakeWhile(p => p.First == p.Second).Count() + 1;
        var lineIndex = plan.Suspicious.ToList().FindIndex(l => l.Path == path && l.Line == fixLine);
        int? linePlace = lineIndex < 0 ? null : lineIndex + 1;

        var compiler = new CSharpProjectCompiler(checkout.Path);
        var runnable = 0;
        foreach (var candidate in plan.Candidates)
        {
            if (!CandidatePlan.PassesLocalChecks(candidate, compiler))
            {
                continue;
            }
            runnable++;
            if (candidate.Path == path && Normalized(candidate.Changed) == Normalized(fixedText))
            {
                return new CasePlace(plan.Candidates.Count, linePlace, runnable, $"{candidate.Kind}; {top}");
            }
        }
        return new CasePlace(plan.Candidates.Count, linePlace, null, $"not generated ({runnable} runnable); {top}");
    }

    private static async Task<LineCoverage> TraceAsync(
        string root, CheckoutSnapshot snapshot, string failingCommand, TracedRun traced, CancellationToken cancellationToken)
    {
        foreach (var (relative, text) in traced.Files)
        {
            await WriteAsync(root, relative, text, cancellationToken);
        }
        var run = await ShellRun.RunAsync(root, TracedRun.Command(failingCommand), TestTimeLimit, cancellationToken, TracedRun.OutputChars);
        // The checkout is no throwaway fork: the C# compiler that judges the candidates reads the project's files from it.
        foreach (var file in snapshot.Files.Where(f => traced.Files.ContainsKey(f.Path)))
        {
            await WriteAsync(root, file.Path, file.Text, cancellationToken);
        }
        return traced.CoverageFrom(run.OutputTail);
    }

    private static async Task WriteAsync(string root, string relative, string text, CancellationToken cancellationToken)
    {
        var target = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, text, cancellationToken);
    }

    // The known fix may differ from the engine's edit only in spacing (a moved statement keeps its own indentation).
    private static string Normalized(string text) => SpacingRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacingRegex();

    private sealed record CasePlace(int Generated, int? LinePlace, int? FixPlace, string Note);
}
