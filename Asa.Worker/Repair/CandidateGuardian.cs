using Asa.Core.Tasks;
using Asa.Worker.Pipeline;
using Asa.Worker.Prompts;
using Asa.Worker.Repair.Guardian;

namespace Asa.Worker.Repair;

/// <summary>
/// VALIDATING_SECURITY for one candidate: the deterministic rules first, which cost nothing and cannot be talked
/// round, then the model's review of the diff when a model is configured and the task's fixer asks the model at all.
/// </summary>
public sealed class CandidateGuardian(PromptedModel? model = null)
{
    public async Task<CandidateReview> ReviewAsync(
        TaskContext context, Candidate candidate, IReadOnlySet<string> shownFiles, CancellationToken cancellationToken)
    {
        var protectedFiles = context.Reproduction is { } test ? new HashSet<string>([test.Path], StringComparer.Ordinal) : [];
        var reasons = DeterministicGuardian.Review(new GuardianInput(
            context.Task.BugDescription, candidate.Originals, candidate.Changed, shownFiles, protectedFiles, context.Protection));
        if (reasons.Count > 0 || model is null || context.Fixer == Fixers.Engine)
        {
            return new CandidateReview(candidate, reasons, "rules");
        }

        var answer = await model.AskAsync(new ModelQuestion(context.TaskId, context.Task.UserId, "guardian", new Dictionary<string, string>
        {
            ["bug_description"] = context.Task.BugDescription,
            ["rationale"] = candidate.Fix.Rationale,
            ["diff"] = candidate.Diff,
        }, Sample: candidate.Number, Model: context.Task.Model), cancellationToken);
        var rejected = answer.Value["verdict"]!.GetValue<string>() == "reject";
        var modelReasons = answer.Value["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        return new CandidateReview(candidate, rejected ? modelReasons : [], answer.Prompt.Label);
    }
}
