using System.Text;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Llm;
using Asa.Worker.Prompts;
using Asa.Worker.Repair;
using Asa.Worker.Repair.Edits;
using Asa.Worker.Repair.Localization;
using Asa.Worker.Sandbox;
using Asa.Worker.Tasks;
using Google.Protobuf;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// GENERATING_FIX through TESTING_AFTER_FIX: localises the fault, asks the model for candidate fixes, has the guardians
/// review them, verifies the approved ones side by side in sandbox forks and keeps the smallest that passes. Whatever
/// went wrong in a round is what the next round's prompt is told. A second round in which every candidate is
/// rejected ends the task on policy.
/// </summary>
public sealed class RepairStage(
    PromptedModel model,
    CandidateGuardian guardian,
    CandidateVerification verification,
    VerifiedFixRecorder recorder,
    TaskJournal journal,
    FaultLocalizer localizer,
    PromptTokenCounter tokens,
    IOptions<RepairOptions> options) : IPipelineStage
{
    private const int RejectedRoundsAllowed = 1;
    private const int FeedbackChars = 3000;

    public TaskState State => TaskState.GeneratingFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        if (context.Fix is not null)
        {
            // The embedded engine, tried first, already fixed it.
            return;
        }
        var settings = options.Value;
        var reproduction = context.Reproduction
            ?? throw AsaException.Permanent("There is no reproduction test to verify a fix against.");
        var ranked = localizer.Rank(context.Checkout ??= CheckoutSnapshot.Load(context.Workspace, cancellationToken), new LocalizationQuery(
            context.Task.BugDescription, reproduction.FailureOutput, reproduction.Content,
            new HashSet<string>([reproduction.Path], StringComparer.Ordinal)), cancellationToken);
        var code = CodeContextBuilder.Build(context.Workspace, ranked, settings.ContextTokens, tokens.Count);
        var shown = code.Excerpts.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var codeContext = CodeContextBuilder.Render(code);
        await journal.LogAsync(context.TaskId, TaskState.GeneratingFix, LogSeverity.Info,
            "Fault localisation: " + string.Join("; ", ranked.Take(5).Select(f => $"{f.Path} ({string.Join(", ", f.Reasons.Take(2))})")) +
            $". The prompt carries {code.Excerpts.Count} excerpt(s), {code.Tokens:N0} tokens.",
            dedupeKey: "localisation", cancellationToken: cancellationToken);

        var feedback = "";
        var rejectedRounds = 0;
        var tried = 0;
        for (var round = 1; round <= settings.FixAttempts; round++)
        {
            await context.Progress.EnterAsync(TaskState.GeneratingFix, cancellationToken);
            var numbers = Enumerable.Range(tried + 1, settings.CandidatesPerAttempt).ToList();
            tried += numbers.Count;
            var candidates = await Task.WhenAll(numbers.Select(number =>
                ProposeAsync(context, number, codeContext, reproduction, feedback, cancellationToken)));

            await context.Progress.EnterAsync(TaskState.ValidatingSecurity, cancellationToken);
            var reviews = await Task.WhenAll(candidates.Select(c => guardian.ReviewAsync(context, c, shown, cancellationToken)));
            foreach (var rejected in reviews.Where(r => !r.Approved))
            {
                await journal.LogAsync(context.TaskId, TaskState.ValidatingSecurity, LogSeverity.Warning,
                    $"Candidate {rejected.Candidate.Number} rejected by the {rejected.Reviewer} guardian: {string.Join(" ", rejected.Reasons)}",
                    dedupeKey: $"rejected:{rejected.Candidate.Number}", cancellationToken: cancellationToken);
            }
            var approved = reviews.Where(r => r.Approved).Select(r => r.Candidate).ToList();
            var roundFeedback = new StringBuilder();
            foreach (var rejected in reviews.Where(r => !r.Approved))
            {
                roundFeedback.Append($"A change you proposed was rejected by the security review: {string.Join(" ", rejected.Reasons)}\n");
            }
            if (approved.Count == 0)
            {
                if (++rejectedRounds > RejectedRoundsAllowed)
                {
                    throw AsaException.Policy("The guardian rejected the proposed fixes again: " +
                        string.Join(" ", reviews.SelectMany(r => r.Reasons).Distinct()));
                }
                feedback = roundFeedback + "Fix the bug in the code under test without doing that.";
                continue;
            }

            await context.Progress.EnterAsync(TaskState.ApplyingFix, cancellationToken);
            var forks = await Task.WhenAll(approved.Select(c => verification.ApplyAsync(context, c, cancellationToken)));
            await context.Progress.EnterAsync(TaskState.TestingAfterFix, cancellationToken);
            var failures = await Task.WhenAll(approved.Select((c, i) => verification.TestAsync(context, c, forks[i], cancellationToken)));

            var passed = approved.Select((c, i) => (Candidate: c, Fork: forks[i], Result: failures[i]))
                .Where(r => r.Result.Passed)
                .OrderBy(r => r.Candidate.Size).ThenBy(r => r.Candidate.Number)
                .ToList();
            if (passed.Count > 0)
            {
                await recorder.KeepAsync(context, passed[0].Candidate, passed[0].Candidate.Number, passed[0].Fork, passed[0].Result.Verdict, cancellationToken);
                return;
            }
            foreach (var failure in failures.Select(f => f.Failure).OfType<string>())
            {
                roundFeedback.Append($"A change you proposed did not pass verification. {PromptText.Clip(failure, FeedbackChars)}\n");
            }
            feedback = roundFeedback + "Propose a different fix.";
        }

        throw AsaException.Permanent(
            $"No candidate fix passed verification in {settings.FixAttempts} round(s) ({tried} candidate(s)). The last round: {PromptText.Clip(feedback, FeedbackChars)}");
    }

    private async Task<Candidate> ProposeAsync(
        TaskContext context, int number, string codeContext, ReproductionTest reproduction, string feedback, CancellationToken cancellationToken)
    {
        Candidate? candidate = null;
        var answer = await model.AskAsync(new ModelQuestion(context.TaskId, context.Task.UserId, "code_agent", new Dictionary<string, string>
        {
            ["bug_description"] = context.Task.BugDescription,
            ["reproduction_test"] = $"{reproduction.Path} (run with '{reproduction.Command}'):\n```\n{reproduction.Content}\n```",
            ["failure_output"] = PromptText.Clip(reproduction.FailureOutput, FeedbackChars),
            ["code_context"] = codeContext,
            ["feedback"] = feedback.Length > 0 ? "What happened to your previous proposals:\n" + feedback : "",
        }, Sample: number, Check: (text, _) =>
        {
            var fix = EditBlockParser.Parse(text);
            var originals = new Dictionary<string, string?>(StringComparer.Ordinal);
            var applied = EditApplier.Apply(fix.Edits, path =>
                originals[path] = path == reproduction.Path ? reproduction.Content : CheckoutFile.Read(context.Workspace, path));
            if (!applied.Applied)
            {
                return "some edits do not apply to the files as they are:\n" + string.Join("\n", applied.Problems);
            }
            candidate = new Candidate(number, fix, originals, applied.NewContents);
            return null;
        }, Model: context.Task.Model), cancellationToken);
        await journal.LogAsync(context.TaskId, TaskState.GeneratingFix, LogSeverity.Info,
            $"Candidate {number} from {answer.Prompt.Label}: {candidate!.Changed.Count} file(s) changed " +
            $"({string.Join(", ", candidate.Changed.Keys)}), confidence {candidate.Fix.Confidence:0.##}. {candidate.Fix.Rationale}",
            dedupeKey: $"candidate:{number}", cancellationToken: cancellationToken);
        return candidate;
    }
}
