using System.Globalization;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Repair;
using Asa.Worker.Repair.Edits;
using Asa.Worker.Repair.Engine;
using Asa.Worker.Repair.Localization;
using Asa.Worker.Tasks;
using Google.Protobuf;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// GENERATING_FIX through TESTING_AFTER_FIX with the embedded engine: searches small edits at the suspicious lines,
/// has the guardian review the smallest that passed, and verifies it again in a clean fork. When a model follows
/// (fixer <c>engine-first</c>), a search that found nothing hands the task to it; otherwise the task ends with the search's
/// account and its best partial result.
/// </summary>
public sealed class EngineRepairStage(
    CandidateSearch search,
    CandidateGuardian guardian,
    CandidateVerification verification,
    VerifiedFixRecorder recorder,
    TaskStore store,
    TaskJournal journal) : IPipelineStage
{
    public TaskState State => TaskState.GeneratingFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var modelFollows = context.Fixer == Fixers.EngineFirst;
        var baseline = context.BaselineRun ?? throw AsaException.Permanent("The tests were not run before the fix, so there is no failure to search from.");
        var testCommand = context.TestCommand!;
        var checkout = context.Checkout ??= CheckoutSnapshot.Load(context.Workspace, cancellationToken);
        var paths = checkout.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var protectedFiles = context.Protection.Files.Keys.ToHashSet(StringComparer.Ordinal);
        var request = context.Reproduction is { } reproduction
            ? new SearchRequest(context.WorkspaceId!, reproduction.Command, testCommand, reproduction.FailureOutput, reproduction.Content,
                new HashSet<string>([.. protectedFiles, reproduction.Path], StringComparer.Ordinal))
            : new SearchRequest(context.WorkspaceId!,
                baseline.Hung ? FailingTests.StopAtFirstFailure(testCommand) : FailingTests.Narrow(testCommand, baseline.OutputTail, paths), testCommand, baseline.OutputTail,
                FailingTestSources.Find(checkout, baseline.OutputTail, context.Protection.IsProtected), protectedFiles);

        var outcome = await search.SearchAsync(context, request, cancellationToken);
        var summary = outcome.Summary;
        await store.RecordRepairSearchAsync(context.TaskId, JsonFormatter.Default.Format(summary), cancellationToken);
        var account = $"{summary.Generated} candidate edit(s) made at the suspicious lines; of those tried, {summary.Compiled} parsed or compiled, " +
                      $"{summary.Run} run, {summary.Passed} passed, in {summary.Elapsed.ToTimeSpan().TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s " +
                      $"(stopped: {summary.Stopped}). Most suspicious: {string.Join(", ", summary.SuspiciousLines.Take(3))}.";
        await journal.LogAsync(context.TaskId, TaskState.GeneratingFix, LogSeverity.Info, "Embedded engine: " + account,
            dedupeKey: "engine-search", cancellationToken: cancellationToken);

        if (outcome.Winner is not { } winner)
        {
            GiveUp(modelFollows, $"The embedded engine found no fix: {account}" +
                   (summary.BestPartial.Length > 0 ? $"\nThe candidate that got furthest: {summary.BestPartial}" : " No candidate made any failing test pass."));
            return;
        }

        var candidate = new Candidate(summary.Run, new ProposedFix(Rationale(winner, testCommand), Confidence(winner, outcome), []),
            new Dictionary<string, string?> { [winner.Path] = winner.Original }, new Dictionary<string, string> { [winner.Path] = winner.Changed });
        await context.Progress.EnterAsync(TaskState.ValidatingSecurity, cancellationToken);
        var review = await guardian.ReviewAsync(context, candidate, new HashSet<string>([winner.Path], StringComparer.Ordinal), cancellationToken);
        if (!review.Approved)
        {
            GiveUp(modelFollows, $"The {review.Reviewer} guardian rejected the engine's fix ({winner}): {string.Join(" ", review.Reasons)}", ErrorClass.Policy);
            return;
        }

        await context.Progress.EnterAsync(TaskState.ApplyingFix, cancellationToken);
        var fork = await verification.ApplyAsync(context, candidate, cancellationToken);
        await context.Progress.EnterAsync(TaskState.TestingAfterFix, cancellationToken);
        var verified = await verification.TestAsync(context, candidate, fork, cancellationToken);
        if (verified.Failure is { } failure)
        {
            GiveUp(modelFollows, $"The engine's fix ({winner}) passed the search's runs but not the final verification in a clean fork: {failure}");
            return;
        }
        await recorder.KeepAsync(context, candidate, summary.Run, fork, verified.Verdict, cancellationToken);
    }

    /// <summary>Ends the task with the reason, unless a model follows to take it over.</summary>
    private static void GiveUp(bool modelFollows, string reason, ErrorClass errorClass = ErrorClass.Permanent)
    {
        if (modelFollows)
        {
            return;
        }
        throw errorClass == ErrorClass.Policy ? AsaException.Policy(reason) : AsaException.Permanent(reason);
    }

    private static string Rationale(CandidateEdit winner, string testCommand) =>
        $"The embedded repair engine searched small edits at the lines the failure points to. At {winner.Path} line {winner.Line} " +
        $"it made one {winner.Kind} edit ({winner.Description}), the smallest with which the failing tests and then '{testCommand}' pass.";

    /// <summary>How strongly the evidence pointed at the edited line, relative to the most suspicious line: 0.4 to 0.8.</summary>
    private static double Confidence(CandidateEdit winner, SearchOutcome outcome) =>
        Math.Round(0.4 + 0.4 * (outcome.TopLineScore <= 0 ? 0 : Math.Min(1, winner.LineScore / outcome.TopLineScore)), 2);
}
