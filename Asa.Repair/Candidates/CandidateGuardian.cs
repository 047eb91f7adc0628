using Asa.Repair.Guardian;

namespace Asa.Repair.Candidates;

/// <summary>
/// VALIDATING_SECURITY for one candidate: the deterministic rules first, which cost nothing and cannot be talked
/// round, then the model's review of the diff when a model takes part in the repair.
/// </summary>
public static class CandidateGuardian
{
    public static async Task<CandidateReview> ReviewAsync(
        RepairRequest request, IRepairModel? model, Candidate candidate, IReadOnlySet<string> shownFiles, CancellationToken cancellationToken)
    {
        var protectedFiles = request.Reproduction is { } test ? new HashSet<string>([test.Path], StringComparer.Ordinal) : [];
        var reasons = DeterministicGuardian.Review(new GuardianInput(
            request.BugDescription, candidate.Originals, candidate.Changed, shownFiles, protectedFiles, request.Protection));
        if (reasons.Count > 0 || model is null)
        {
            return new CandidateReview(candidate, reasons, "rules");
        }

        var answer = await model.AskAsync("guardian", new Dictionary<string, string>
        {
            ["bug_description"] = request.BugDescription,
            ["rationale"] = candidate.Fix.Rationale,
            ["diff"] = candidate.Diff,
        }, candidate.Number, check: null, cancellationToken);
        var rejected = answer.Value["verdict"]!.GetValue<string>() == "reject";
        var modelReasons = answer.Value["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        return new CandidateReview(candidate, rejected ? modelReasons : [], answer.PromptLabel);
    }
}
