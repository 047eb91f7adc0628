using Asa.Core.Data;
using Asa.Protos.V1;
using Google.Protobuf;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// A completed task with a verified fix (the one <see cref="GitRepositoryBuilder.PythonProject"/> needs) and a pull request,
/// and its status events, written straight into a stack's database the way the pipeline records them, for tests of what
/// clients show of a finished task.
/// </summary>
public static class CompletedTaskSeed
{
    public static readonly TaskFix Fix = new()
    {
        Diff = "diff --git a/calculator.py b/calculator.py\n--- a/calculator.py\n+++ b/calculator.py\n@@ -1,2 +1,2 @@\n def add(a, b):\n-    return a - b\n+    return a + b\n",
        Rationale = "add() subtracted its arguments; it now adds them.",
        Confidence = 0.92,
        Attempts = 1,
        ChangedFiles = { "calculator.py" },
        PreexistingFailures = { "tests.test_export::test_windows_paths" },
        Verification = "Judged by each test's outcome (pytest JUnit XML): 3 test(s): 2 passed, 1 failed, 0 skipped.",
    };

    public static readonly PullRequest PullRequest = new() { Url = "https://github.com/octo/calculator/pull/7", Number = 7, Branch = "asa/fix-add" };

    /// <summary>What a task holds when it could not open a pull request: the branch, the proposal and why.</summary>
    public static readonly PullRequest ProposedPullRequest = new()
    {
        Branch = "asa/fix-add", Title = "Fix: add() subtracts instead of adding", Body = "## Bug\n\n> add() subtracts instead of adding\n",
        BaseBranch = "main", CommitSha = new string('b', 40),
        Note = "No GitHub token is configured (Delivery:GitHubToken or GITHUB_TOKEN), so nothing was pushed and no pull request was opened; " +
               "the patch and the pull request's title and body are stored with the task.",
    };

    public static async Task<Guid> SeedAsync(AsaStack stack, string user, PullRequest? pullRequest = null)
    {
        var id = Guid.NewGuid();
        var now = DateTime.UtcNow;
        await stack.WithDatabaseAsync(db =>
        {
            db.Tasks.Add(new TaskRecord
            {
                Id = id, UserId = user, Status = "COMPLETED", RepoUrl = "https://github.com/octo/calculator",
                BugDescription = "add() subtracts instead of adding", BaseBranch = "main", CommitSha = new string('a', 40),
                CreatedAt = now.AddMinutes(-2), UpdatedAt = now, StartedAt = now.AddMinutes(-2), EndedAt = now,
                Fix = JsonFormatter.Default.Format(Fix), PullRequest = JsonFormatter.Default.Format(pullRequest ?? PullRequest),
                EventSeq = 2,
            });
            db.TaskEvents.Add(new TaskEventRecord
            {
                TaskId = id, Seq = 1, CreatedAt = now.AddMinutes(-2), Kind = TaskEventKinds.Status, FromStatus = "TASK_STATE_UNSPECIFIED", ToStatus = "QUEUED",
            });
            db.TaskEvents.Add(new TaskEventRecord
            {
                TaskId = id, Seq = 2, CreatedAt = now, Kind = TaskEventKinds.Status, FromStatus = "QUEUED", ToStatus = "COMPLETED",
                Stage = "QUEUED", DurationMs = 120_000,
            });
            return db.SaveChangesAsync();
        });
        return id;
    }
}
