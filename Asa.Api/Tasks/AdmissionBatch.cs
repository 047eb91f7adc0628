using Npgsql;
using NpgsqlTypes;

namespace Asa.Api.Tasks;

/// <summary>One submission waiting for admission, with what the caller needs back.</summary>
public sealed record PendingAdmission(Guid Id, NewTask Task, DateTime CreatedAt, string? TraceParent, CancellationToken CallerGone)
{
    public TaskCompletionSource<AdmissionDecision> Decision { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What admission decided for one submission, with the counts that explain a refusal.</summary>
public sealed record AdmissionDecision(bool Admitted, long ActiveBefore, long TodayBefore);

/// <summary>
/// Admits many submissions in one statement: reads the counters once (kept by triggers on <c>tasks</c>, see the
/// AdmissionCounters migration), ranks the submissions in arrival order against both limits, and inserts those
/// that fit. Runs under the admission lock in one implicit transaction.
/// </summary>
public static class AdmissionBatch
{
    public const long LockKey = 0x4153_4101;

    private const string AdmitSql = $"""
        WITH input AS (
            SELECT * FROM unnest(@ids, @users, @repo_urls, @bugs, @tests, @setups, @branches, @traces, @created, @retries, @fixers, @models)
                WITH ORDINALITY AS i(id, user_id, repo_url, bug, test, setup, branch, trace, created_at, retry_of, fixer, model, ord)),
        active AS (SELECT sum(active)::bigint AS n FROM task_counts),
        users AS (
            SELECT u.user_id, COALESCE(s.submitted, 0) AS today
              FROM (SELECT DISTINCT user_id FROM input) u
              LEFT JOIN user_daily_submissions s ON s.user_id = u.user_id AND s.day = @day),
        by_user AS (
            SELECT i.*, u.today, u.today + row_number() OVER (PARTITION BY i.user_id ORDER BY i.ord) AS user_nth
              FROM input i JOIN users u USING (user_id)),
        by_queue AS (
            SELECT b.*, a.n AS active,
                   a.n + sum(CASE WHEN b.user_nth <= @max_daily THEN 1 ELSE 0 END) OVER (ORDER BY b.ord) AS queue_nth
              FROM by_user b CROSS JOIN active a),
        decided AS (SELECT *, user_nth <= @max_daily AND queue_nth <= @max_active AS admitted FROM by_queue),
        inserted AS (
            INSERT INTO tasks (id, user_id, status, repo_url, bug_description, test_command, setup_command, base_branch,
                               trace_parent, deliveries, event_seq, created_at, updated_at, stage_started_at,
                               retry_of, fixer, model, commit_sha, fix, pull_request)
            SELECT d.id, d.user_id, 'QUEUED', d.repo_url, d.bug, d.test, d.setup, d.branch, d.trace, 0, 1, d.created_at, d.created_at, d.created_at,
                   d.retry_of, d.fixer, d.model, o.commit_sha, o.fix, o.pull_request
              FROM decided d LEFT JOIN tasks o ON o.id = d.retry_of WHERE d.admitted
            RETURNING id, created_at),
        first_event AS (
            INSERT INTO task_events (task_id, seq, created_at, kind, from_status, to_status)
            SELECT id, 1, created_at, 'status', 'TASK_STATE_UNSPECIFIED', 'QUEUED' FROM inserted)
        -- What a refused submission saw: the counts once every earlier one that fitted was admitted.
        SELECT admitted, LEAST(queue_nth - 1, GREATEST(active, @max_active)), LEAST(user_nth - 1, GREATEST(today, @max_daily))
          FROM decided ORDER BY ord
        """;

    /// <summary>Returns one decision per submission, in the order given.</summary>
    public static async Task<AdmissionDecision[]> AdmitAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<PendingAdmission> pending, SubmissionLimits limits, DateTime now,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // No explicit transaction: a batch is one implicit transaction that Postgres commits on its own at the end,
        // so the lock is held for the statements only, never for a round trip back to this process.
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)")
        {
            Parameters = { new NpgsqlParameter("key", LockKey) },
        });
        var admit = new NpgsqlBatchCommand(AdmitSql);
        admit.Parameters.AddWithValue("ids", pending.Select(p => p.Id).ToArray());
        admit.Parameters.AddWithValue("users", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.UserId).ToArray());
        admit.Parameters.AddWithValue("repo_urls", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.RepoUrl).ToArray());
        admit.Parameters.AddWithValue("bugs", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.BugDescription).ToArray());
        admit.Parameters.AddWithValue("tests", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.TestCommand).ToArray());
        admit.Parameters.AddWithValue("setups", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.SetupCommand).ToArray());
        admit.Parameters.AddWithValue("branches", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.BaseBranch).ToArray());
        admit.Parameters.AddWithValue("traces", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.TraceParent).ToArray());
        admit.Parameters.AddWithValue("created", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, pending.Select(p => p.CreatedAt).ToArray());
        admit.Parameters.AddWithValue("retries", NpgsqlDbType.Array | NpgsqlDbType.Uuid, pending.Select(p => p.Task.RetryOf).ToArray());
        admit.Parameters.AddWithValue("fixers", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.Fixer).ToArray());
        admit.Parameters.AddWithValue("models", NpgsqlDbType.Array | NpgsqlDbType.Text, pending.Select(p => p.Task.Model).ToArray());
        admit.Parameters.AddWithValue("day", DateOnly.FromDateTime(now));
        admit.Parameters.AddWithValue("max_active", (long)limits.MaxQueueSize);
        admit.Parameters.AddWithValue("max_daily", (long)limits.MaxSubmissionsPerUserPerDay);
        batch.BatchCommands.Add(admit);

        var decisions = new AdmissionDecision[pending.Count];
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        for (var i = 0; i < decisions.Length && await reader.ReadAsync(cancellationToken); i++)
        {
            decisions[i] = new AdmissionDecision(reader.GetBoolean(0), reader.GetInt64(1), reader.GetInt64(2));
        }
        return decisions;
    }
}
