using System.Text;
using Asa.Repair.Candidates;
using Asa.Repair.Edits;
using Asa.Repair.Localization;
using Asa.Repair.Verification;

namespace Asa.Repair.Fixers;

/// <summary>
/// The LLM fixer (fixer <c>model</c>): localises the fault, asks the model for candidate fixes in rounds, and proves
/// them (<see cref="CandidateProver"/>). Whatever went wrong in a round is what the next round's prompt is told. A
/// second round in which every candidate is rejected ends the repair on policy.
/// </summary>
public sealed class ModelFixer(FaultLocalizer localizer, RepairOptions settings) : IFixer
{
    private const int RejectedRoundsAllowed = 1;
    private const int FeedbackChars = 3000;

    public bool UsesModel => true;

    public async Task<VerifiedFix> FixAsync(RepairRequest request, RepairPorts ports, CancellationToken cancellationToken)
    {
        var model = ports.Model ?? throw new InvalidOperationException("The model fixer runs only with a model.");
        var reproduction = request.Reproduction ?? throw new RepairFailedException("There is no reproduction test to verify a fix against.");
        var ranked = localizer.Rank(request.Snapshot, new LocalizationQuery(
            request.BugDescription, reproduction.FailureOutput, reproduction.Content,
            new HashSet<string>([reproduction.Path], StringComparer.Ordinal)), cancellationToken);
        var code = CodeContextBuilder.Build(request.Checkout, ranked, settings.ContextTokens, model.CountTokens);
        var shown = code.Excerpts.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var codeContext = CodeContextBuilder.Render(code);
        await ports.Progress.LogAsync(RepairStep.GeneratingFix, warning: false,
            "Fault localisation: " + string.Join("; ", ranked.Take(5).Select(f => $"{f.Path} ({string.Join(", ", f.Reasons.Take(2))})")) +
            $". The prompt carries {code.Excerpts.Count} excerpt(s), {code.Tokens:N0} tokens.",
            "localisation", cancellationToken);

        var feedback = "";
        var rejectedRounds = 0;
        var tried = 0;
        for (var round = 1; round <= settings.FixAttempts; round++)
        {
            await ports.Progress.EnterAsync(RepairStep.GeneratingFix, cancellationToken);
            var numbers = Enumerable.Range(tried + 1, settings.CandidatesPerAttempt).ToList();
            tried += numbers.Count;
            var candidates = await Task.WhenAll(numbers.Select(number =>
                ProposeAsync(request, ports, model, number, codeContext, reproduction, feedback, cancellationToken)));

            var proved = await CandidateProver.ProveAsync(request, ports, candidates, shown, cancellationToken);
            var roundFeedback = new StringBuilder();
            foreach (var rejected in proved.Rejected)
            {
                roundFeedback.Append($"A change you proposed was rejected by the security review: {string.Join(" ", rejected.Reasons)}\n");
            }
            if (proved.Reviews.All(r => !r.Approved))
            {
                if (++rejectedRounds > RejectedRoundsAllowed)
                {
                    throw new RepairFailedException("The guardian rejected the proposed fixes again: " +
                        string.Join(" ", proved.Reviews.SelectMany(r => r.Reasons).Distinct()), rejected: true);
                }
                feedback = roundFeedback + "Fix the bug in the code under test without doing that.";
                continue;
            }
            if (proved.Winner is { } winner)
            {
                return winner;
            }
            foreach (var failure in proved.Tested.Select(f => f.Failure).OfType<string>())
            {
                roundFeedback.Append($"A change you proposed did not pass verification. {PromptText.Clip(failure, FeedbackChars)}\n");
            }
            feedback = roundFeedback + "Propose a different fix.";
        }

        throw new RepairFailedException(
            $"No candidate fix passed verification in {settings.FixAttempts} round(s) ({tried} candidate(s)). The last round: {PromptText.Clip(feedback, FeedbackChars)}");
    }

    private static async Task<Candidate> ProposeAsync(
        RepairRequest request, RepairPorts ports, IRepairModel model, int number, string codeContext, ReproductionTest reproduction, string feedback,
        CancellationToken cancellationToken)
    {
        Candidate? candidate = null;
        var answer = await model.AskAsync("code_agent", new Dictionary<string, string>
        {
            ["bug_description"] = request.BugDescription,
            ["reproduction_test"] = $"{reproduction.Path} (run with '{reproduction.Command}'):\n```\n{reproduction.Content}\n```",
            ["failure_output"] = PromptText.Clip(reproduction.FailureOutput, FeedbackChars),
            ["code_context"] = codeContext,
            ["feedback"] = feedback.Length > 0 ? "What happened to your previous proposals:\n" + feedback : "",
        }, number, (text, _) =>
        {
            var fix = EditBlockParser.Parse(text);
            var originals = new Dictionary<string, string?>(StringComparer.Ordinal);
            var applied = EditApplier.Apply(fix.Edits, path =>
                originals[path] = path == reproduction.Path ? reproduction.Content : CheckoutFile.Read(request.Checkout, path));
            if (!applied.Applied)
            {
                return "some edits do not apply to the files as they are:\n" + string.Join("\n", applied.Problems);
            }
            candidate = new Candidate(number, fix, originals, applied.NewContents);
            return null;
        }, cancellationToken);
        await ports.Progress.LogAsync(RepairStep.GeneratingFix, warning: false,
            $"Candidate {number} from {answer.PromptLabel}: {candidate!.Changed.Count} file(s) changed " +
            $"({string.Join(", ", candidate.Changed.Keys)}), confidence {candidate.Fix.Confidence:0.##}. {candidate.Fix.Rationale}",
            $"candidate:{number}", cancellationToken);
        return candidate;
    }
}
