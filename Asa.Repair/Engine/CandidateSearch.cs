using Asa.Repair.Indexing;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Asa.Repair.Edits;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Localization;
using Asa.Repair.Verification;

namespace Asa.Repair.Engine;

/// <summary>
/// The embedded engine's search: measures what the failing tests execute (<see cref="TracedRun"/>), ranks the suspicious lines, makes
/// the candidate edits, and tries them likeliest first in a few sandbox forks side by side. Each candidate must parse
/// (C#: compile) before it runs; it runs the failing tests first and, only if they pass, the full test command. Both
/// runs are judged test by test where the runner reports (<see cref="SuiteJudge"/>): the failing tests must run and pass
/// (one failing the same way as before counts as pre-existing), and no test that passed before may fail or vanish. Where
/// the failing tests' runner allows, a fork tries its candidates' failing tests in warm batches (<see cref="CandidateRuns"/>).
/// After the first candidate that passes everything and could be a fix (<see cref="BehaviourLoss.MakesNoFix"/>), the search goes on a little to collect alternatives
/// (<see cref="EngineOptions.PlausibleCandidates"/>, <see cref="CollectingTime"/>) and keeps the best of them
/// (<see cref="FixChoice"/>); it also stops at its time limit or at its candidate limit.
/// </summary>
public sealed class CandidateSearch(SuspiciousLineRanker ranker, EngineOptions settings)
{
    public async Task<SearchOutcome> SearchAsync(
        RepairRequest repair, SearchRequest request, ICandidateRunner sandbox, IRepairProgress progress, CancellationToken cancellationToken)
    {
        var baseline = repair.Baseline;
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var searchTime = SearchTime(settings.TimeLimit, Stopwatch.GetElapsedTime(repair.TaskStarted));
        deadline.CancelAfter(searchTime);

        var checkout = repair.Snapshot;
        var times = new SearchTimes();
        var forks = new List<string>();
        // The coverage run and the first fork's preparation need nothing of each other: on two cores they overlap.
        var measuring = times.TimeAsync(SearchActivity.Coverage, () => MeasureCoverageAsync(sandbox, repair, request, checkout, deadline.Token));
        var preparing = PrepareAsync(sandbox, repair, request, forks, progress, times, deadline.Token, cancellationToken);
        Prepared prepared;
        try
        {
            await Task.WhenAll(measuring, preparing);
            prepared = await preparing;
        }
        catch
        {
            await DeleteAsync(sandbox, forks);
            throw;
        }
        var coverage = await measuring;
        var (suspicious, candidates) = CandidatePlan.Make(ranker, checkout, repair.BugDescription, request, coverage,
            settings.SuspiciousLines, cancellationToken);

        var queue = new SearchQueue(candidates, suspicious);
        var generated = candidates.Count;
        var syntax = new CandidateSyntaxCheck(new CSharpProjectCompiler(repair.Checkout), sandbox, progress, queue.Upcoming, times);
        var state = new SearchState(queue, syntax, checkout.EncodingOf, baseline,
            FullRunLimit(baseline, repair.TestTimeLimit), bugInUserTests: repair.Reproduction is null, repair.BugDescription) { SearchTime = searchTime };
        // Cancelled a while after the first candidate passes everything, to stop collecting alternatives.
        using var collecting = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        try
        {
            var runs = prepared.Runs;
            if (prepared.Reference is { } reference)
            {
                state.Reference(reference, prepared.FailingTestsLimit);
            }
            Task WorkInEveryForkAsync() => Task.WhenAll(forks.Select(fork =>
                WorkAsync(sandbox, fork, runs, request, state, repair.TestTimeLimit, collecting, deadline.Token, clock, times, cancellationToken)));
            await WorkInEveryForkAsync();
            // Every edit of the most suspicious lines tried, nothing a fix could be passed, and time left: the fault may
            // be on a line the ranking put lower, so the less suspicious lines get their turn, twice as many each round.
            var lines = settings.SuspiciousLines;
            while (state.Proposable == 0 && suspicious.Count >= lines && state.Run < settings.MaxCandidates && !deadline.IsCancellationRequested
                   && state.SearchTime - clock.Elapsed >= WideningFloor)
            {
                lines *= 2;
                var wider = CandidatePlan.Make(ranker, checkout, repair.BugDescription, request, coverage, lines, cancellationToken);
                var added = queue.Widen(wider.Candidates, wider.Suspicious);
                suspicious = wider.Suspicious;
                generated += added;
                await progress.LogAsync(RepairStep.GeneratingFix, warning: false,
                    $"Every edit of the most suspicious lines ran and none is a fix: the search goes on to the {suspicious.Count} most suspicious lines ({added} more edits).",
                    $"engine-widen-{lines}", cancellationToken);
                await WorkInEveryForkAsync();
            }
        }
        catch (Exception stopped) when (IsCancellation(stopped) && collecting.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The time limit or the end of collecting alternatives, not the task's cancellation: what was found so far stands.
        }
        finally
        {
            await DeleteAsync(sandbox, forks);
        }

        var choice = FixChoice.Among(state.Passed, checkout, repair.BugDescription);
        var winner = choice.Winner;
        var summary = new SearchSummary(generated, state.Compiled, state.Run, state.Passed.Count, clock.Elapsed,
            Stopped: winner is not null ? "fixed"
                : deadline.IsCancellationRequested ? "time limit"
                : state.Run >= settings.MaxCandidates ? "candidate limit"
                : "exhausted",
            BestPartial: winner is null ? state.BestPartial?.Describe() ?? "" : "",
            [.. suspicious.Take(10).Select(l => l.ToString())], times.Describe(), PassTimes(state.ProposableTimes, winner));
        return new SearchOutcome(choice, summary, suspicious.Select(l => l.Score).DefaultIfEmpty(0).Max());
    }

    /// <summary>
    /// The first fork, what the failing tests print in it with nothing changed (run as the candidates will be, to tell
    /// which edits made a difference), and the warm runs prepared there; classic runs and no reference when the time
    /// ran out first.
    /// </summary>
    private async Task<Prepared> PrepareAsync(ICandidateRunner sandbox, RepairRequest repair, SearchRequest request, List<string> forks,
        IRepairProgress progress, SearchTimes times, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var classic = new Prepared(CandidateRuns.Classic(request.FailingCommand), null, repair.TestTimeLimit);
        if (deadline.IsCancellationRequested)
        {
            return classic;
        }
        var preparing = Stopwatch.GetTimestamp();
        try
        {
            forks.Add(await sandbox.ForkAsync(request.WorkspaceId, cancellationToken));
            var reference = ReusableBaseline(repair, request) ?? await sandbox.RunTestsAsync(forks[0], request.FailingCommand, repair.TestTimeLimit, deadline);
            var failingTestsLimit = CandidateTimeLimit(reference.Run.WallTime, repair.TestTimeLimit);
            var runs = await CandidateRuns.PrepareAsync(sandbox, forks, request.FailingCommand, reference, failingTestsLimit, progress, deadline, cancellationToken);
            // The other forks are copies of the first as its warm-up left it (the drivers written, the C# and Java
            // hosts and the project built), so that warm-up runs once rather than once a fork side by side.
            for (var i = 1; i < settings.Parallelism && !deadline.IsCancellationRequested; i++)
            {
                forks.Add(await sandbox.ForkAsync(forks[0], cancellationToken));
            }
            return new Prepared(runs, runs.WarmReference ?? reference, failingTestsLimit);
        }
        catch (Exception stopped) when (IsCancellation(stopped) && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Out of time while preparing: the search runs nothing, and says it stopped at the time limit.
            return classic;
        }
        finally
        {
            times.Add(SearchActivity.Preparation, Stopwatch.GetElapsedTime(preparing));
        }
    }

    /// <summary>
    /// When the edits a fix could be passed, and when the kept one did: how much the time spent collecting alternatives
    /// after the first gave.
    /// </summary>
    internal static string PassTimes(IReadOnlyList<(CandidateEdit Edit, TimeSpan At)> passes, CandidateEdit? winner)
    {
        if (passes.Count == 0)
        {
            return "";
        }
        static string Seconds(TimeSpan at) => at.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        var kept = passes.FirstOrDefault(p => ReferenceEquals(p.Edit, winner));
        return $"{passes.Count} edit(s) that could be a fix passed, at {string.Join(", ", passes.Select(p => Seconds(p.At)))}"
               + (kept.Edit is null ? "" : ReferenceEquals(passes[0].Edit, kept.Edit) ? "; the first was kept" : $"; the one kept at {Seconds(kept.At)}");
    }

    /// <summary>
    /// The run before the fix, when it is what the search's reference run would be: the failing tests are the whole test
    /// command (nothing narrowed it, no reproduction test) and it did not hang. The fork is a copy of the workspace that
    /// run ran in, in the same sandbox, so running the command again there would only repeat it: for a build-and-run
    /// command such as <c>dotnet run</c> that is seconds before the first candidate.
    /// </summary>
    internal static TestSuiteRun? ReusableBaseline(RepairRequest repair, SearchRequest request) =>
        repair.Reproduction is null && !repair.Baseline.Hung && string.Equals(request.FailingCommand, repair.TestCommand, StringComparison.Ordinal)
            ? repair.Baseline
            : null;

    /// <summary>The least search time left for which the search widens to less suspicious lines.</summary>
    private static readonly TimeSpan WideningFloor = TimeSpan.FromSeconds(20);

    private sealed record Prepared(CandidateRuns Runs, TestSuiteRun? Reference, TimeSpan FailingTestsLimit);

    private static async Task DeleteAsync(ICandidateRunner sandbox, IEnumerable<string> forks)
    {
        foreach (var fork in forks)
        {
            await sandbox.DeleteAsync(fork);
        }
    }

    /// <summary>
    /// One fork's share of the search. The end of collecting alternatives stops the fork from taking more candidates;
    /// only the time limit (<paramref name="deadline"/>) stops a run under way, so a warm batch that had begun gives the
    /// verdicts of every candidate it ran rather than none.
    /// </summary>
    private async Task WorkAsync(ICandidateRunner sandbox, string fork, CandidateRuns runs, SearchRequest request, SearchState state, TimeSpan limit,
        CancellationTokenSource collecting, CancellationToken deadline, Stopwatch clock, SearchTimes times, CancellationToken cancellationToken)
    {
        // Candidates taken from the queue that a batch stopped before (after a candidate whose tests passed, when one more
        // pass would end the search; before that a batch goes on, its other candidates being those the search collects
        // next): tried first.
        var untried = new Queue<CandidateEdit>();
        var batchesRun = 0;
        try
        {
            while (!collecting.IsCancellationRequested && Wanted(state) && await NextBatchAsync(state, untried, runs.BatchSize(batchesRun++), fork, deadline) is { Count: > 0 } batch)
            {
                var tried = await runs.RunAsync(sandbox, fork, batch, state.EncodingOf, state.FailingTestsLimit ?? limit, deadline, cancellationToken,
                    stopAtPass: settings.PlausibleCandidates - state.Proposable <= 1, times);
                foreach (var candidate in batch.Skip(tried.Count))
                {
                    untried.Enqueue(candidate);
                }
                foreach (var (candidate, failing) in tried)
                {
                    state.Learn(candidate, failing);
                    if (!state.PassesFailingTests(failing))
                    {
                        if (state.IsCloser(failing))
                        {
                            state.Consider(new PartialResult(candidate, Failures(failing), false, failing.OutputTail));
                        }
                    }
                    else if (Wanted(state) && await times.TimeAsync(SearchActivity.FullRun, () => PassesFullRunAsync(sandbox, fork, candidate, request, state, deadline, cancellationToken))
                             && state.Pass(candidate, clock.Elapsed))
                    {
                        collecting.CancelAfter(CollectingTime(clock.Elapsed, state.SearchTime - clock.Elapsed));
                    }
                }
            }
        }
        finally
        {
            Interlocked.Add(ref state.Run, -untried.Count);
        }
    }

    /// <summary>Whether the search still wants candidates: fewer that a fix could be have passed than it collects.</summary>
    private bool Wanted(SearchState state) => state.Proposable < settings.PlausibleCandidates;

    /// <summary>
    /// Up to <paramref name="size"/> candidates that parse (C#: compile), in the queue's order, each counted as run;
    /// those run without a verdict (their parser cannot be trusted on their file) are not counted as parsed.
    /// </summary>
    private async Task<List<CandidateEdit>> NextBatchAsync(SearchState state, Queue<CandidateEdit> untried, int size, string fork, CancellationToken deadline)
    {
        var batch = new List<CandidateEdit>();
        while (batch.Count < size && untried.TryDequeue(out var waiting))
        {
            batch.Add(waiting);
        }
        while (batch.Count < size && Wanted(state) && state.Next(settings.MaxCandidates) is { } candidate)
        {
            var syntax = await state.Syntax.CheckAsync(candidate, fork, deadline);
            if (syntax == SyntaxVerdict.Fails)
            {
                continue;
            }
            if (syntax == SyntaxVerdict.Parses)
            {
                Interlocked.Increment(ref state.Compiled);
            }
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

    internal static int? Failures(TestSuiteRun run) => run.Report?.Count(TestOutcome.Failed) ?? FailingTests.FailureCount(run.OutputTail);

    /// <summary>
    /// How long the search goes on collecting alternatives after the first candidate passed everything: as long again
    /// as it took to find it, within a quarter of the time left, and at least 3 s unless less is left.
    /// </summary>
    public static TimeSpan CollectingTime(TimeSpan tookToFirst, TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return TimeSpan.FromMilliseconds(1);
        }
        var wanted = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(3).Ticks, Math.Min(tookToFirst.Ticks, left.Ticks / 4)));
        return wanted < left ? wanted : left;
    }

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
        if (TracedRun.For(checkout) is not { } traced)
        {
            return LineCoverage.None;
        }
        try
        {
            return await traced.MeasureAsync(sandbox, request.WorkspaceId, request.FailingCommand, repair.TestTimeLimit, deadline);
        }
        catch (Exception stopped) when (IsCancellation(stopped) && deadline.IsCancellationRequested)
        {
            // Out of time before the search began: it runs nothing, and says it stopped at the time limit.
            return LineCoverage.None;
        }
    }
}
