using Asa.Repair.Indexing;
using System.Collections.Concurrent;
using System.Diagnostics;
using Asa.Repair.Edits;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Localization;
using Asa.Repair.Verification;

namespace Asa.Repair.Engine;

/// <summary>
/// The embedded engine's search: measures what the failing tests execute (Python and JavaScript), ranks the suspicious lines, makes
/// the candidate edits, and tries them likeliest first in a few sandbox forks side by side. Each candidate must parse
/// (C#: compile) before it runs; it runs the failing tests first and, only if they pass, the full test command. Both
/// runs are judged test by test where the runner reports (<see cref="SuiteJudge"/>): the failing tests must run and pass
/// (one failing the same way as before counts as pre-existing), and no test that passed before may fail or vanish. The
/// search stops at the first candidate that passes everything, at its time limit or at its candidate limit. Where the
/// failing tests' runner allows, a fork tries its candidates' failing tests in warm batches (<see cref="CandidateRuns"/>).
/// </summary>
public sealed class CandidateSearch(SuspiciousLineRanker ranker, EngineOptions settings)
{
    private const int TraceOutputChars = 512 * 1024;

    public async Task<SearchOutcome> SearchAsync(
        RepairRequest repair, SearchRequest request, ICandidateRunner sandbox, CancellationToken cancellationToken, IRepairProgress? progress = null)
    {
        var baseline = repair.Baseline;
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(SearchTime(settings.TimeLimit, Stopwatch.GetElapsedTime(repair.TaskStarted)));

        var checkout = repair.Snapshot;
        var coverage = await MeasureCoverageAsync(sandbox, repair, request, checkout, deadline.Token);
        var (suspicious, candidates) = CandidatePlan.Make(ranker, checkout, repair.BugDescription, request, coverage,
            settings.SuspiciousLines, cancellationToken);

        var state = new SearchState(new SearchQueue(candidates, suspicious), new CSharpProjectCompiler(repair.Checkout), checkout.EncodingOf, baseline,
            FullRunLimit(baseline, repair.TestTimeLimit), bugInUserTests: repair.Reproduction is null, repair.BugDescription);
        var forks = new List<string>();
        try
        {
            var workers = Math.Min(settings.Parallelism, Math.Max(1, candidates.Count));
            for (var i = 0; i < workers && !deadline.IsCancellationRequested; i++)
            {
                forks.Add(await sandbox.ForkAsync(request.WorkspaceId, cancellationToken));
            }
            var runs = CandidateRuns.Classic(request.FailingCommand);
            if (forks.Count > 0)
            {
                // What the failing tests print with nothing changed, run as the candidates will be, to tell which edits made a difference.
                var reference = await sandbox.RunTestsAsync(forks[0], request.FailingCommand, repair.TestTimeLimit, deadline.Token);
                var failingTestsLimit = CandidateTimeLimit(reference.Run.WallTime, repair.TestTimeLimit);
                runs = await CandidateRuns.PrepareAsync(sandbox, forks, request.FailingCommand, reference, failingTestsLimit, progress, deadline.Token, cancellationToken);
                state.Reference(runs.WarmReference ?? reference, failingTestsLimit);
            }
            await Task.WhenAll(forks.Select(fork => WorkAsync(sandbox, fork, runs, request, state, repair.TestTimeLimit, deadline.Token, cancellationToken)));
        }
        catch (Exception stopped) when (IsCancellation(stopped) && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The time limit, not the task's cancellation: what was found so far stands.
        }
        finally
        {
            foreach (var fork in forks)
            {
                await sandbox.DeleteAsync(fork);
            }
        }

        var winner = CandidateEdit.Preferred(state.Passed).FirstOrDefault();
        var summary = new SearchSummary(candidates.Count, state.Compiled, state.Run, state.Passed.Count, clock.Elapsed,
            Stopped: winner is not null ? "fixed"
                : deadline.IsCancellationRequested ? "time limit"
                : state.Run >= settings.MaxCandidates ? "candidate limit"
                : "exhausted",
            BestPartial: winner is null ? state.BestPartial?.Describe() ?? "" : "",
            [.. suspicious.Take(10).Select(l => l.ToString())]);
        return new SearchOutcome(winner, summary, suspicious.Select(l => l.Score).DefaultIfEmpty(0).Max());
    }

    private async Task WorkAsync(
        ICandidateRunner sandbox, string fork, CandidateRuns runs, SearchRequest request, SearchState state, TimeSpan limit,
        CancellationToken deadline, CancellationToken cancellationToken)
    {
        // Candidates taken from the queue that a batch stopped before (after a candidate whose tests passed): tried first.
        var untried = new Queue<CandidateEdit>();
        try
        {
            while (!deadline.IsCancellationRequested && state.Passed.IsEmpty && NextBatch(state, untried, runs.BatchSize) is { Count: > 0 } batch)
            {
                var tried = await runs.RunAsync(sandbox, fork, batch, state.EncodingOf, state.FailingTestsLimit ?? limit, deadline, cancellationToken);
                foreach (var candidate in batch.Skip(tried.Count))
                {
                    untried.Enqueue(candidate);
                }
                foreach (var (candidate, failing) in tried)
                {
                    state.Learn(candidate, failing);
                    if (!state.PassesFailingTests(failing))
                    {
                        state.Consider(new PartialResult(candidate, Failures(failing), false, failing.OutputTail));
                    }
                    else if (await PassesFullRunAsync(sandbox, fork, candidate, request, state, deadline, cancellationToken))
                    {
                        state.Passed.Add(candidate);
                        break;
                    }
                }
            }
        }
        finally
        {
            Interlocked.Add(ref state.Run, -untried.Count);
        }
    }

    /// <summary>Up to <paramref name="size"/> candidates that parse (C#: compile), in the queue's order, each counted as run.</summary>
    private List<CandidateEdit> NextBatch(SearchState state, Queue<CandidateEdit> untried, int size)
    {
        var batch = new List<CandidateEdit>();
        while (batch.Count < size && untried.TryDequeue(out var waiting))
        {
            batch.Add(waiting);
        }
        while (batch.Count < size && state.Passed.IsEmpty && state.Next(settings.MaxCandidates) is { } candidate)
        {
            if (!CandidatePlan.Compiles(candidate, state.Compiler))
            {
                continue;
            }
            Interlocked.Increment(ref state.Compiled);
            Interlocked.Increment(ref state.Run);
            batch.Add(candidate);
        }
        return batch;
    }

    /// <summary>A candidate whose failing tests pass must pass the full test command too, run the classic way.</summary>
    private static async Task<bool> PassesFullRunAsync(
        ICandidateRunner sandbox, string fork, CandidateEdit candidate, SearchRequest request, SearchState state, CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (request.FullCommand == request.FailingCommand)
        {
            return true;
        }
        await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [candidate.Path] = candidate.Changed }, state.EncodingOf, cancellationToken);
        try
        {
            var full = await sandbox.RunTestsAsync(fork, request.FullCommand, state.FullRunLimit, deadline);
            var verdict = SuiteJudge.Judge(state.Baseline, full, state.MayStillFail, mustFixAFailure: state.BugInUserTests);
            if (!verdict.Passed)
            {
                state.Consider(new PartialResult(candidate, null, true, $"{verdict.Describe()}\n{full.OutputTail}"));
            }
            return verdict.Passed;
        }
        finally
        {
            await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [candidate.Path] = candidate.Original }, state.EncodingOf, cancellationToken);
        }
    }

    /// <summary>
    /// How long a candidate's run of the failing tests may take: five times the unchanged program's run and 5 s more,
    /// within the test time limit. An edit that makes a loop endless would otherwise hold a fork for the whole limit.
    /// </summary>
    public static TimeSpan CandidateTimeLimit(TimeSpan reference, TimeSpan testLimit)
    {
        var limit = reference * 5 + TimeSpan.FromSeconds(5);
        return limit < testLimit ? limit : testLimit;
    }

    /// <summary>
    /// How long a candidate's run of the full test command may take: as <see cref="CandidateTimeLimit"/> from the run
    /// before the fix, or the whole test time limit when that run hung.
    /// </summary>
    public static TimeSpan FullRunLimit(TestSuiteRun baseline, TimeSpan testLimit) =>
        baseline.Hung ? testLimit : CandidateTimeLimit(baseline.Run.WallTime, testLimit);

    private static int? Failures(TestSuiteRun run) => run.Report?.Count(TestOutcome.Failed) ?? FailingTests.FailureCount(run.OutputTail);

    /// <summary>
    /// The time the search may take: the limit counts from when the worker began the task (cloning and the first test
    /// run included), less a tenth (at most 30 s) kept back to verify what the search finds.
    /// </summary>
    public static TimeSpan SearchTime(TimeSpan limit, TimeSpan spent)
    {
        var reserve = TimeSpan.FromTicks(Math.Min(limit.Ticks / 10, TimeSpan.FromSeconds(30).Ticks));
        var left = limit - reserve - spent;
        return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    private static bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException
        || exception is AggregateException aggregate && aggregate.InnerExceptions.All(IsCancellation);

    private static async Task<LineCoverage> MeasureCoverageAsync(
        ICandidateRunner sandbox, RepairRequest repair, SearchRequest request, CheckoutSnapshot checkout, CancellationToken deadline)
    {
        if (!checkout.Files.Any(f => Languages.Editable(f.Path) is SourceLanguage.Python or SourceLanguage.JavaScript && !TestFileConvention.IsTest(f.Path)))
        {
            return LineCoverage.None;
        }
        var fork = await sandbox.ForkAsync(request.WorkspaceId, deadline);
        try
        {
            await sandbox.WriteFilesAsync(fork, LineTracer.Files, null, deadline);
            var run = await sandbox.RunAsync(fork, LineTracer.Traced(request.FailingCommand), repair.TestTimeLimit, TraceOutputChars, deadline);
            return LineTracer.ReportIn(run.OutputTail) is { } report ? LineCoverage.Parse(report, "", checkout.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal).Contains) : LineCoverage.None;
        }
        catch (Exception stopped) when (IsCancellation(stopped) && deadline.IsCancellationRequested)
        {
            // Out of time before the search began: it runs nothing, and says it stopped at the time limit.
            return LineCoverage.None;
        }
        finally
        {
            await sandbox.DeleteAsync(fork);
        }
    }

    /// <summary>The shared progress of the forks' workers.</summary>
    private sealed class SearchState(
        SearchQueue queue, CSharpProjectCompiler compiler, Func<string, TextEncoding> encodingOf, TestSuiteRun baseline, TimeSpan fullRunLimit, bool bugInUserTests, string bugDescription)
    {
        private const string HungSignature = "(the run hung until its time limit)";
        private readonly Lock gate = new();
        private int? referenceFailures;
        private string? referenceSignature;
        private TestSuiteRun? reference;
        public int Compiled;
        public int Run;

        public CSharpProjectCompiler Compiler { get; } = compiler;

        /// <summary>The encoding of each file of the checkout, so a candidate changes only the bytes of its edit.</summary>
        public Func<string, TextEncoding> EncodingOf { get; } = encodingOf;

        public ConcurrentBag<CandidateEdit> Passed { get; } = [];

        public PartialResult? BestPartial { get; private set; }

        public TimeSpan? FailingTestsLimit { get; private set; }

        /// <summary>The user's tests before any change, which every candidate's full run is judged against.</summary>
        public TestSuiteRun Baseline { get; } = baseline;

        public TimeSpan FullRunLimit { get; } = fullRunLimit;

        /// <summary>Which failing tests may go on failing as before: those the bug report has nothing to do with.</summary>
        public Func<string, TestResult, bool> MayStillFail { get; } = BugTests.MayStillFail(bugDescription);

        /// <summary>Whether the user's own tests show the bug, so a candidate must make one of them pass (not so with a reproduction test).</summary>
        public bool BugInUserTests { get; } = bugInUserTests;

        public void Reference(TestSuiteRun run, TimeSpan failingTestsLimit)
        {
            reference = run;
            FailingTestsLimit = failingTestsLimit;
            referenceFailures = Failures(run);
            referenceSignature = Signature(run);
        }

        /// <summary>
        /// Whether a candidate's run of the failing tests passes: judged against the unchanged program's run of the same
        /// command, so the failing tests must still run; one may keep failing exactly as before (not the bug's) when
        /// another now passes.
        /// </summary>
        public bool PassesFailingTests(TestSuiteRun run) =>
            reference is null ? run.Run.Succeeded : SuiteJudge.Judge(reference, run, MayStillFail).Passed;

        private static string Signature(TestSuiteRun run) => run.Hung ? HungSignature : FailureSignature.Of(run.OutputTail);

        public CandidateEdit? Next(int maxRuns) => Volatile.Read(ref Run) >= maxRuns ? null : queue.Next();

        /// <summary>
        /// Tells the queue what the candidate's run of the failing tests says about its line. A hang is a failure
        /// signature like any other, and an edit that turns a hang into a run that ends is progress.
        /// </summary>
        public void Learn(CandidateEdit candidate, TestSuiteRun failing)
        {
            if (referenceSignature is null || reference is null)
            {
                return;
            }
            queue.Learn(candidate,
                failing.Run.Succeeded || Failures(failing) < referenceFailures || reference.Hung && !failing.Hung ? RunEffect.Closer
                : Signature(failing) == referenceSignature ? RunEffect.Unchanged
                : RunEffect.Changed);
        }

        /// <summary>Keeps the candidate that got furthest: past the failing tests first, else the fewest failures.</summary>
        public void Consider(PartialResult result)
        {
            if (!result.PassedFailingTests && (result.Failures is not { } failures || referenceFailures is not { } reference || failures >= reference))
            {
                return;
            }
            lock (gate)
            {
                if (BestPartial is null || result.IsBetterThan(BestPartial))
                {
                    BestPartial = result;
                }
            }
        }
    }
}
