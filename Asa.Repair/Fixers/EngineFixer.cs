using System.Globalization;
using Asa.Repair.Candidates;
using Asa.Repair.Edits;
using Asa.Repair.Engine;

namespace Asa.Repair.Fixers;

/// <summary>
/// The embedded engine (fixer <c>engine</c>): searches small edits at the suspicious lines, then proves the smallest that
/// passed the search's runs as every fixer's candidates are proved (<see cref="CandidateProver"/>), in a clean fork.
/// Offline: no model is asked anything.
/// </summary>
public sealed class EngineFixer(CandidateSearch search) : IFixer
{
    public bool UsesModel => false;

    public async Task<VerifiedFix> FixAsync(RepairRequest request, RepairPorts ports, CancellationToken cancellationToken)
    {
        var outcome = await search.SearchAsync(request, SearchRequestFor(request), ports.Runner, ports.Progress, cancellationToken);
        var summary = outcome.Summary;
        await ports.Progress.RecordSearchAsync(summary, cancellationToken);
        var account = $"{summary.Generated} candidate edit(s) made at the suspicious lines; of those tried, {summary.Compiled} parsed or compiled, " +
                      $"{summary.Run} run{Unchecked(summary)}, {summary.Passed} passed, in {summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s " +
                      $"(stopped: {summary.Stopped}). Most suspicious: {string.Join(", ", summary.SuspiciousLines.Take(3))}." +
                      (summary.TimeSpent.Length > 0 ? $" Time, summed over the forks: {summary.TimeSpent}." : "") +
                      (summary.PassTimes.Length > 0 ? $" {summary.PassTimes}." : "");
        await ports.Progress.LogAsync(RepairStep.GeneratingFix, warning: false, "Embedded engine: " + account, "engine-search", cancellationToken);

        if (outcome.Winner is not { } winner)
        {
            throw new RepairFailedException($"The embedded engine found no fix: {account}" + Refusals(outcome.Choice) +
                (summary.BestPartial.Length > 0 ? $"\nThe candidate that got furthest: {summary.BestPartial}"
                    : outcome.Choice.Ranked.Count > 0 ? "" : " No candidate made any failing test pass."));
        }

        var candidate = new Candidate(summary.Run, new ProposedFix(Rationale(winner, request.TestCommand, outcome.Choice), Confidence(winner, outcome), []),
            new Dictionary<string, string?> { [winner.Path] = winner.Original }, new Dictionary<string, string> { [winner.Path] = winner.Changed });
        var round = await CandidateProver.ProveAsync(request, ports, [candidate], new HashSet<string>([winner.Path], StringComparer.Ordinal), cancellationToken);
        if (round.Rejected.FirstOrDefault() is { } review)
        {
            throw new RepairFailedException($"The {review.Reviewer} guardian rejected the engine's fix ({winner}): {string.Join(" ", review.Reasons)}", rejected: true);
        }
        return round.Winner is { } fix
            ? fix with { Attempts = summary.Run }
            : throw new RepairFailedException(
                $"The engine's fix ({winner}) passed the search's runs but not the final verification in a clean fork: {round.Tested[0].Failure}");
    }

    /// <summary>
    /// The search runs the reproduction test when a model wrote one; otherwise the user's tests narrowed to those that
    /// failed (or, when they hung, stopped at the first failure), and reads the failing tests' sources for evidence.
    /// </summary>
    private static SearchRequest SearchRequestFor(RepairRequest request)
    {
        var baseline = request.Baseline;
        var testCommand = request.TestCommand;
        var protectedFiles = request.Protection.Files.Keys.ToHashSet(StringComparer.Ordinal);
        if (request.Reproduction is { } reproduction)
        {
            return new SearchRequest(request.WorkspaceId, reproduction.Command, testCommand, reproduction.FailureOutput, reproduction.Content,
                new HashSet<string>([.. protectedFiles, reproduction.Path], StringComparer.Ordinal));
        }
        var paths = request.Snapshot.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return new SearchRequest(request.WorkspaceId,
            baseline.Hung ? FailingTests.StopAtFirstFailure(testCommand) : FailingTests.Narrow(testCommand, baseline.OutputTail, paths), testCommand,
            baseline.OutputTail, FailingTestSources.Find(request.Snapshot, baseline.OutputTail, request.Protection.IsProtected), protectedFiles);
    }

    /// <summary>The edits that passed the tests but take behaviour away as no fix does, which a user is told of but not offered.</summary>
    private static string Refusals(FixChoice choice) => choice.Refused.ToList() is { Count: > 0 } refused
        ? $"\n{refused.Count} edit(s) passed the tests but are no fix, so they are not proposed: "
          + string.Join("; ", refused.Select(p => $"{p.Edit.Description} at {p.Edit.Path} line {p.Edit.Line} (it {p.Loss})")) + "."
        : "";

    /// <summary>Candidates that ran without a syntax verdict: their parser could not be trusted on their file, or could not run.</summary>
    private static string Unchecked(SearchSummary summary) =>
        summary.Run > summary.Compiled ? $" ({summary.Run - summary.Compiled} of them without a syntax check)" : "";

    private static string Rationale(CandidateEdit winner, string testCommand, FixChoice choice) =>
        $"The embedded repair engine searched small edits at the lines the failure points to. " +
        (winner.PairedLine is { } paired
            ? $"At {winner.Path} lines {winner.Line} and {paired} it made two edits ({winner.Description})"
            : $"At {winner.Path} line {winner.Line} it made one {winner.Kind} edit ({winner.Description})") +
        $", with which the failing tests and then '{testCommand}' pass." +
        (choice.Reason() is { Length: > 0 } reason ? " " + reason : "");

    /// <summary>How strongly the evidence pointed at the edited line, relative to the most suspicious line: 0.4 to 0.8.</summary>
    private static double Confidence(CandidateEdit winner, SearchOutcome outcome) =>
        Math.Round(0.4 + 0.4 * (outcome.TopLineScore <= 0 ? 0 : Math.Min(1, winner.LineScore / outcome.TopLineScore)), 2);
}
