using System.Diagnostics;
using System.Globalization;
using Asa.Corpus;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Localization;
using Asa.Repair.Verification;
using Asa.Worker.Sandbox;
using Grpc.Net.Client;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>candidates</c> command: the same first candidates of a few corpus cases run the classic way (one sandbox run
/// each) and in warm batches, two forks each way, timed; and whether both ways judged every candidate alike.
/// Removes every workspace it made. Returns the process exit code.
/// </summary>
public sealed class CandidateRateBenchmark(CandidateRateOptions options, TextWriter output, TextWriter error)
{
    public const int ExitVerdictsDiffer = 5;
    private const int Forks = 2;
    private static readonly TimeSpan TestTimeLimit = TimeSpan.FromSeconds(120);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var corpusDirectory = Path.GetFullPath(options.CorpusDirectory ?? CorpusCatalog.Locate());
        var cases = CorpusCatalog.Load(corpusDirectory).Where(options.Selects).OrderBy(c => c.Language, StringComparer.Ordinal).ToList();
        if (cases.Count == 0)
        {
            await error.WriteLineAsync($"no corpus case matches the selection\n\n{CandidateRateOptions.Usage}");
            return SubmitBenchmark.ExitUsage;
        }
        using var channel = GrpcChannel.ForAddress(options.Grpc);
        var client = new SandboxClient(new SandboxService.SandboxServiceClient(channel));
        var sandbox = new SandboxCandidateRunner(client);
        await output.WriteLineAsync($"{"case",-20} {"lang",-10} {"cands",5} {"classic/s",9} {"warm/s",8} {"ratio",6}  verdicts");
        var rows = new List<CaseRate>();
        var differing = 0;
        foreach (var corpusCase in cases)
        {
            var rate = await MeasureAsync(client, sandbox, corpusCase, cancellationToken);
            rows.Add(rate);
            differing += rate.Differing.Count;
            await output.WriteLineAsync(
                $"{corpusCase.Name,-20} {corpusCase.Language,-10} {rate.Candidates,5} {Rate(rate.Candidates, rate.Classic),9} {Rate(rate.Candidates, rate.Warm),8} " +
                $"{Ratio(rate.Classic, rate.Warm),6}  {rate.Note}");
        }
        await output.WriteLineAsync();
        foreach (var language in rows.GroupBy(r => r.Language))
        {
            var candidates = language.Sum(r => r.Candidates);
            var classic = TimeSpan.FromTicks(language.Sum(r => r.Classic.Ticks));
            var warm = TimeSpan.FromTicks(language.Sum(r => r.Warm.Ticks));
            var differ = language.Sum(r => r.Differing.Count);
            await output.WriteLineAsync($"{language.Key,-10} {candidates,4} candidates: classic {Rate(candidates, classic)}/s, warm {Rate(candidates, warm)}/s, " +
                $"ratio {Ratio(classic, warm)}, {(differ == 0 ? "verdicts identical" : $"{differ} verdict(s) differ")}");
        }
        await output.WriteLineAsync(differing == 0 ? "every candidate got the same verdict both ways" : $"{differing} candidate(s) got different verdicts");
        return differing == 0 ? 0 : ExitVerdictsDiffer;
    }

    private async Task<CaseRate> MeasureAsync(SandboxClient client, SandboxCandidateRunner sandbox, CorpusCase corpusCase, CancellationToken cancellationToken)
    {
        using var checkout = CorpusCheckout.LayOut(corpusCase, CorpusOverlay.None);
        var snapshot = CheckoutSnapshot.Load(checkout.Path, cancellationToken);
        var workspace = await client.UploadAsync(Guid.NewGuid(), checkout.Path, cancellationToken);
        var forks = new List<string>();
        try
        {
            var baseline = await sandbox.RunTestsAsync(workspace, corpusCase.TestCommand, TestTimeLimit, cancellationToken);
            var paths = snapshot.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var failingCommand = baseline.Hung ? FailingTests.StopAtFirstFailure(corpusCase.TestCommand) : FailingTests.Narrow(corpusCase.TestCommand, baseline.OutputTail, paths);
            var request = new SearchRequest(workspace, failingCommand, corpusCase.TestCommand, baseline.OutputTail,
                FailingTestSources.Find(snapshot, baseline.OutputTail), new HashSet<string>(StringComparer.Ordinal));
            var coverage = TracedRun.For(snapshot) is { } traced
                ? await traced.MeasureAsync(sandbox, workspace, failingCommand, TestTimeLimit, cancellationToken)
                : LineCoverage.None;
            var plan = CandidatePlan.Make(new SuspiciousLineRanker(new FaultLocalizer()), snapshot, corpusCase.Description, request, coverage,
                new EngineOptions().SuspiciousLines, cancellationToken);
            var compiler = new CSharpProjectCompiler(checkout.Path);
            var candidates = plan.Candidates.Where(c => CandidatePlan.PassesLocalChecks(c, compiler)).Take(options.Count).ToList();
            for (var i = 0; i < Forks; i++)
            {
                forks.Add(await sandbox.ForkAsync(workspace, cancellationToken));
            }
            var reference = await sandbox.RunTestsAsync(forks[0], failingCommand, TestTimeLimit, cancellationToken);
            var limit = CandidateSearch.CandidateTimeLimit(reference.Run.WallTime, TestTimeLimit);
            var mayStillFail = BugTests.MayStillFail(corpusCase.Description);

            await error.WriteLineAsync($"{corpusCase.Name}: failing tests `{failingCommand}`, {candidates.Count} of {plan.Candidates.Count} candidates");
            var classicWay = CandidateRuns.Classic(failingCommand);
            var (classicTime, classicVerdicts, classicTimes) = await RunAllAsync(sandbox, forks, classicWay, candidates, snapshot, limit, reference, mayStillFail, cancellationToken);
            var warmWay = await CandidateRuns.PrepareAsync(sandbox, forks, failingCommand, reference, limit, null, cancellationToken, cancellationToken);
            var (warmTime, warmVerdicts, warmTimes) = await RunAllAsync(sandbox, forks, warmWay, candidates, snapshot, limit, warmWay.WarmReference ?? reference, mayStillFail, cancellationToken);

            var differing = Enumerable.Range(0, candidates.Count).Where(i => classicVerdicts[i] != warmVerdicts[i])
                .Select(i => $"#{i + 1} {candidates[i]}: classic {classicVerdicts[i]}, warm {warmVerdicts[i]}").ToList();
            foreach (var line in differing)
            {
                await error.WriteLineAsync($"{corpusCase.Name}: {line}");
            }
            await error.WriteLineAsync($"{corpusCase.Name}: {(warmWay.IsWarm ? "warm" : "no warm driver")}, the tests' own time a candidate: " +
                $"classic {Mean(classicTimes)}, warm {Mean(warmTimes)}");
            var passed = classicVerdicts.Count(v => v == "passes");
            var hangs = classicVerdicts.Count(v => v == "hangs");
            var note = (differing.Count == 0 ? "same" : $"{differing.Count} differ") +
                $" ({passed} pass, {hangs} hang{(warmWay.IsWarm ? "" : "; no warm driver, classic both ways")})";
            return new CaseRate(corpusCase.Language, candidates.Count, classicTime, warmTime, differing, note);
        }
        finally
        {
            foreach (var fork in forks)
            {
                await sandbox.DeleteAsync(fork);
            }
            await sandbox.DeleteAsync(workspace);
        }
    }

    /// <summary>Every candidate's failing tests, two forks side by side, each taking the next batch; the verdicts in the candidates' order.</summary>
    private static async Task<(TimeSpan Elapsed, string[] Verdicts, TimeSpan[] Times)> RunAllAsync(
        ICandidateRunner sandbox, IReadOnlyList<string> forks, CandidateRuns runs, IReadOnlyList<CandidateEdit> candidates, CheckoutSnapshot snapshot,
        TimeSpan limit, TestSuiteRun reference, Func<string, TestResult, bool> mayStillFail, CancellationToken cancellationToken)
    {
        var verdicts = new string[candidates.Count];
        var times = new TimeSpan[candidates.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(forks.Select(async fork =>
        {
            var untried = new Queue<int>();
            for (var batchesRun = 0; ; batchesRun++)
            {
                var batch = untried.ToList();
                untried.Clear();
                while (batch.Count < runs.BatchSize(batchesRun) && Interlocked.Increment(ref next) is var index && index < candidates.Count)
                {
                    batch.Add(index);
                }
                if (batch.Count == 0)
                {
                    return;
                }
                // As a search that collects several passing candidates runs them: a pass does not end its batch.
                var tried = await runs.RunAsync(sandbox, fork, [.. batch.Select(i => candidates[i])], snapshot.EncodingOf, limit, cancellationToken, cancellationToken,
                    stopAtPass: false);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (i < tried.Count)
                    {
                        var run = tried[i].Failing;
                        times[batch[i]] = run.Run.WallTime;
                        verdicts[batch[i]] = run.Hung ? "hangs" : SuiteJudge.Judge(reference, run, mayStillFail).Passed ? "passes" : "fails";
                    }
                    else
                    {
                        untried.Enqueue(batch[i]);
                    }
                }
            }
        }));
        return (clock.Elapsed, verdicts, times);
    }

    private static string Mean(IEnumerable<TimeSpan> times) =>
        times.Average(t => t.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static string Rate(int candidates, TimeSpan elapsed) =>
        (candidates / Math.Max(elapsed.TotalSeconds, 0.001)).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan classic, TimeSpan warm) =>
        (classic.TotalSeconds / Math.Max(warm.TotalSeconds, 0.001)).ToString("0.0", CultureInfo.InvariantCulture) + "x";

    private sealed record CaseRate(string Language, int Candidates, TimeSpan Classic, TimeSpan Warm, IReadOnlyList<string> Differing, string Note);
}
