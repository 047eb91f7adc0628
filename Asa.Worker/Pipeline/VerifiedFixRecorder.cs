using Asa.Worker.Storage;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Worker.Pipeline;
using Asa.Worker.Sandbox;
using Google.Protobuf;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Keeps a fix that passed verification, whichever fixer made it: the sandbox's diff of its fork (the change and,
/// when there is one, the reproduction test) is stored with the task and the fork becomes the task's workspace.
/// </summary>
public sealed class VerifiedFixRecorder(SandboxClient sandbox, TaskStore store, TaskJournal journal)
{
    public async Task KeepAsync(TaskContext context, VerifiedFix verified, CancellationToken cancellationToken)
    {
        var (candidate, attempts, fork, verdict) = verified;
        var diff = await sandbox.DiffAsync(fork, cancellationToken);
        var fix = new TaskFix
        {
            Diff = diff.Diff,
            Rationale = candidate.Fix.Rationale,
            Confidence = candidate.Fix.Confidence,
            Attempts = attempts,
            Verification = $"Judged by {verdict.Basis}.",
        };
        fix.ChangedFiles.AddRange(diff.ChangedPaths);
        fix.PreexistingFailures.AddRange(verdict.StillFailing);
        await store.RecordFixAsync(context.TaskId, JsonFormatter.Default.Format(fix), cancellationToken);
        context.Fix = fix;
        context.WorkspaceId = fork;
        var tests = context.Reproduction is null ? $"'{context.TestCommand}' passes" : $"the reproduction test and '{context.TestCommand}' pass";
        await journal.LogAsync(context.TaskId, TaskState.TestingAfterFix, LogSeverity.Info,
            $"Candidate {candidate.Number} passed verification: {tests} (judged by {verdict.Basis}). It changes {string.Join(", ", diff.ChangedPaths)}." +
            (verdict.StillFailing.Count > 0
                ? $" Pre-existing failures, failing the same way before the fix and not caused by it: {string.Join(", ", verdict.StillFailing)}."
                : ""),
            dedupeKey: "verified", cancellationToken: cancellationToken);
    }
}
