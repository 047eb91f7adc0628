using System.Diagnostics;
using Asa.Worker.Llm;
using Asa.Repair.Localization;
using static Asa.Benchmarks.ReportWriter;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>prompt-size</c> command: fault localisation and the code context over a generated repository with a
/// planted bug, timed, with the context's size against the budget. Returns the process exit code.
/// </summary>
public sealed class PromptSizeBenchmark(PromptSizeOptions options, TextWriter output, TextWriter error)
{
    public const int ExitOverBudget = 4;

    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var generating = Stopwatch.GetTimestamp();
        using var repository = BuggyPythonRepository.Generate(options.Files);
        var generated = Stopwatch.GetElapsedTime(generating);
        var counter = new PromptTokenCounter(options.Model);
        var query = new LocalizationQuery(repository.BugDescription, repository.FailureOutput, repository.ReproductionTest);

        List<double> loadTimes = [], rankTimes = [], totalTimes = [], buildTimes = [];
        var runs = new List<PromptSizeRun>();
        for (var i = 0; i <= options.Iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var checkout = CheckoutSnapshot.Load(repository.Root, cancellationToken);
            var loading = Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            var ranked = new FaultLocalizer().Rank(checkout, query, cancellationToken);
            var ranking = Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            var context = CodeContextBuilder.Build(repository.Root, ranked, options.Budget, counter.Count);
            var building = Stopwatch.GetElapsedTime(started);
            // The first run pays for JIT compilation and a cold file cache; it is not measured.
            if (i == 0)
            {
                continue;
            }
            loadTimes.Add(loading.TotalMilliseconds);
            rankTimes.Add(ranking.TotalMilliseconds);
            totalTimes.Add((loading + ranking).TotalMilliseconds);
            buildTimes.Add(building.TotalMilliseconds);
            var rendered = CodeContextBuilder.Render(context);
            runs.Add(new PromptSizeRun(
                ranked,
                ranked.Count > 0 && ranked[0].Path == repository.BuggyPath,
                context,
                counter.Count(rendered),
                context.Excerpts.Any(e => e.Path == repository.BuggyPath && e.Text.Contains($"def {BuggyPythonRepository.BuggyFunction}(", StringComparison.Ordinal))));
        }

        var last = runs[^1];
        var overBudget = runs.Count(r => r.RenderedTokens > options.Budget);
        output.WriteLine(Invariant($"ASA prompt-size benchmark: {repository.FileCount} files ({repository.FileCount - repository.TestFileCount} modules, {repository.TestFileCount} tests, {repository.Bytes / 1_000_000.0:0.0} MB), budget {options.Budget} tokens ({options.Model}, {counter.Encoding}), {Environment.ProcessorCount} cores"));
        output.WriteLine(Invariant($"repository generated in {generated.TotalSeconds:0.00} s; {options.Iterations} measured iterations after one unmeasured"));
        PrintLatency(output, "  index + rank", LatencySummary.Of(totalTimes), null, withP90: false);
        PrintLatency(output, "    of which index (read files, extract symbols, build BM25)", LatencySummary.Of(loadTimes), null, withP90: false);
        PrintLatency(output, "    of which rank (parse output, match paths and names, search)", LatencySummary.Of(rankTimes), null, withP90: false);
        PrintLatency(output, "  context build (read, excerpt, count tokens)", LatencySummary.Of(buildTimes), null, withP90: false);
        output.WriteLine(Invariant($"  context tokens: {last.RenderedTokens} of {options.Budget} (largest over iterations {runs.Max(r => r.RenderedTokens)})  {(overBudget == 0 ? "within budget" : $"OVER BUDGET in {overBudget} iterations")}"));
        output.WriteLine(Invariant($"  context: {last.Context.Excerpts.Count} excerpts from {last.Context.Excerpts.Select(e => e.Path).Distinct().Count()} files ({last.Context.Excerpts.Count(e => e.WholeFile)} whole), {last.Context.OmittedFiles.Count} of {last.Ranked.Count} ranked files left out"));
        foreach (var file in last.Ranked.Take(3))
        {
            output.WriteLine(Invariant($"    {file.Score,6:0.00} {file.Path}: {string.Join("; ", file.Reasons)}"));
        }
        output.WriteLine(Invariant($"  buggy file ranked first: {(runs.All(r => r.BuggyFirst) ? "yes" : "no")} ({runs.Count(r => r.BuggyFirst)} of {runs.Count}); buggy function in the context: {(runs.All(r => r.BuggyFunctionShown) ? "yes" : "no")}"));
        if (overBudget > 0)
        {
            error.WriteLine(Invariant($"the context exceeded the budget of {options.Budget} tokens"));
            return Task.FromResult(ExitOverBudget);
        }
        return Task.FromResult(SubmitBenchmark.ExitOk);
    }

    private sealed record PromptSizeRun(IReadOnlyList<RankedFile> Ranked, bool BuggyFirst, CodeContext Context, int RenderedTokens, bool BuggyFunctionShown);
}
