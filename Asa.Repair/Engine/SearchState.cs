using System.Collections.Concurrent;
using Asa.Repair.Edits;
using Asa.Repair.Verification;

namespace Asa.Repair.Engine;

/// <summary>The shared progress of the forks' workers.</summary>
internal sealed class SearchState(
    SearchQueue queue, CandidateSyntaxCheck syntax, Func<string, TextEncoding> encodingOf, TestSuiteRun baseline, TimeSpan fullRunLimit, bool bugInUserTests, string bugDescription)
{
    private const string HungSignature = "(the run hung until its time limit)";
    private readonly Lock gate = new();
    private string? referenceSignature;
    private TestSuiteRun? reference;
    public int Compiled;
    public int Run;

    /// <summary>Whether a candidate parses (C#: compiles), asked before it runs.</summary>
    public CandidateSyntaxCheck Syntax { get; } = syntax;

    /// <summary>The encoding of each file of the checkout, so a candidate changes only the bytes of its edit.</summary>
    public Func<string, TextEncoding> EncodingOf { get; } = encodingOf;

    public ConcurrentBag<CandidateEdit> Passed { get; } = [];

    /// <summary>How many of <see cref="Passed"/> a fix could be (<see cref="BehaviourLoss.MakesNoFix"/>): the alternatives the search collects.</summary>
    public int Proposable { get; private set; }

    /// <summary>How long the whole search may take, counted from its start.</summary>
    public TimeSpan SearchTime { get; init; }

    public PartialResult? BestPartial { get; private set; }

    /// <summary>When each candidate a fix could be passed everything, counted from the search's start, in the order they passed.</summary>
    public List<(CandidateEdit Edit, TimeSpan At)> ProposableTimes { get; } = [];

    /// <summary>Keeps a candidate that passed everything <paramref name="at"/> into the search; true when it is the first that a fix could be.</summary>
    public bool Pass(CandidateEdit candidate, TimeSpan at)
    {
        var proposable = !BehaviourLoss.MakesNoFix(BehaviourLoss.Of(candidate));
        lock (gate)
        {
            Passed.Add(candidate);
            if (proposable)
            {
                Proposable++;
                ProposableTimes.Add((candidate, at));
            }
            return proposable && Proposable == 1;
        }
    }

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
            IsCloser(failing) ? RunEffect.Closer
            : Signature(failing) == referenceSignature ? RunEffect.Unchanged
            : RunEffect.Changed);
    }

    /// <summary>
    /// Whether a run of the failing tests got closer than the unchanged program's: it ends where that one hung, or a test
    /// that failed there passes. Where both runs report each test, fewer failures alone are not progress: a test file
    /// that no longer loads is one failure where there were several, with none of them run.
    /// </summary>
    public bool IsCloser(TestSuiteRun failing) => reference is not null && IsCloser(reference, failing);

    /// <inheritdoc cref="IsCloser(TestSuiteRun)"/>
    internal static bool IsCloser(TestSuiteRun reference, TestSuiteRun failing)
    {
        if (reference.Hung && !failing.Hung)
        {
            return true;
        }
        if (reference.Report is { } before && failing.Report is { } after)
        {
            return before.WithOutcome(TestOutcome.Failed).Any(id => after.Tests.GetValueOrDefault(id)?.Outcome == TestOutcome.Passed);
        }
        return failing.Run.Succeeded || CandidateSearch.Failures(failing) < CandidateSearch.Failures(reference);
    }

    /// <summary>
    /// Keeps the candidate that got furthest: past the failing tests first, else the fewest failures among the runs
    /// that got closer (<see cref="IsCloser"/>).
    /// </summary>
    public void Consider(PartialResult result)
    {
        if (!result.PassedFailingTests && result.Failures is null)
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
