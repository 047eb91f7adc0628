using Asa.Core.Data;
using Asa.Core.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace Asa.Worker.Storage;

/// <summary>The worker's reads and writes of task rows: loading, leasing, and recording stage results.</summary>
public sealed class TaskStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private const string Columns =
        "id, user_id, status, repo_url, bug_description, test_command, setup_command, base_branch, commit_sha, started_at, trace_parent, deliveries, " +
        "fix::text, pull_request::text, retry_of, fixer, model";

    public async Task<TaskRecord?> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM tasks WHERE id = @id");
        command.Parameters.AddWithValue("id", taskId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>
    /// Takes the task for this worker unless it ended or another worker holds a live lease on it.
    /// Returns the task as leased, or null.
    /// </summary>
    public async Task<TaskRecord?> TryLeaseAsync(Guid taskId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var command = dataSource.CreateCommand($"""
            UPDATE tasks SET lease_owner = @owner, lease_expires_at = @until, deliveries = deliveries + 1
             WHERE id = @id AND status NOT IN {TaskStates.TerminalSqlList}
               AND (lease_owner IS NULL OR lease_owner = @owner OR lease_expires_at < @now)
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("id", taskId);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("until", now + lease);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task RenewLeaseAsync(Guid taskId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE tasks SET lease_expires_at = @until WHERE id = @id AND lease_owner = @owner");
        command.Parameters.AddWithValue("id", taskId);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("until", clock.GetUtcNow().UtcDateTime + lease);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gives the task up so another worker can take it at once (on shutdown) or so the row shows nobody holds it.</summary>
    public async Task ReleaseLeaseAsync(Guid taskId, string owner)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE tasks SET lease_owner = NULL, lease_expires_at = NULL WHERE id = @id AND lease_owner = @owner");
        command.Parameters.AddWithValue("id", taskId);
        command.Parameters.AddWithValue("owner", owner);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public Task RecordCloneAsync(Guid taskId, string commitSha, string branch, CancellationToken cancellationToken) =>
        UpdateAsync(taskId, "commit_sha = @a, base_branch = @b", commitSha, branch, cancellationToken);

    public Task RecordInventoryAsync(Guid taskId, string inventoryJson, string? testCommand, CancellationToken cancellationToken) =>
        UpdateAsync(taskId, "inventory = @a::jsonb, test_command = COALESCE(test_command, @b)", inventoryJson, testCommand, cancellationToken);

    /// <summary>Stores the fix that passed verification, as protobuf JSON.</summary>
    public Task RecordFixAsync(Guid taskId, string fixJson, CancellationToken cancellationToken) =>
        UpdateAsync(taskId, "fix = @a::jsonb", fixJson, null, cancellationToken);

    /// <summary>Stores how the fix was delivered so far (branch, proposed or opened pull request), as protobuf JSON.</summary>
    public Task RecordPullRequestAsync(Guid taskId, string pullRequestJson, CancellationToken cancellationToken) =>
        UpdateAsync(taskId, "pull_request = @a::jsonb", pullRequestJson, null, cancellationToken);

    /// <summary>The commands the task ran in the sandbox, in the order they ran.</summary>
    public async Task<IReadOnlyList<TestRunRecord>> LoadTestRunsAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT phase, attempt, command, exit_code, passed, limits_hit, duration_ms, output_tail, ran_at
              FROM test_runs WHERE task_id = @task ORDER BY ran_at, id
            """);
        command.Parameters.AddWithValue("task", taskId);
        var runs = new List<TestRunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new TestRunRecord
            {
                TaskId = taskId, Phase = reader.GetString(0), Attempt = reader.GetInt32(1), Command = reader.GetString(2),
                ExitCode = reader.GetInt32(3), Passed = reader.GetBoolean(4), LimitsHit = [.. reader.GetFieldValue<string[]>(5)],
                DurationMs = reader.GetInt64(6), OutputTail = reader.GetString(7), RanAt = reader.GetDateTime(8),
            });
        }
        return runs;
    }

    public Task RecordRepairSearchAsync(Guid taskId, string searchJson, CancellationToken cancellationToken) =>
        UpdateAsync(taskId, "repair_search = @a::jsonb", searchJson, null, cancellationToken);

    /// <summary>Records one run of a phase (for example <c>before_fix</c>); running the phase again replaces it.</summary>
    public async Task RecordTestRunAsync(
        Guid taskId, string phase, int attempt, string command, bool passed, int exitCode, IReadOnlyList<string> limitsHit,
        TimeSpan duration, string outputTail, CancellationToken cancellationToken)
    {
        await using var sql = dataSource.CreateCommand("""
            INSERT INTO test_runs (task_id, phase, attempt, command, exit_code, passed, limits_hit, duration_ms, output_tail, ran_at)
            VALUES (@task, @phase, @attempt, @command, @exit, @passed, @limits, @duration, @output, @now)
            ON CONFLICT (task_id, phase, attempt) DO UPDATE SET
                command = EXCLUDED.command, exit_code = EXCLUDED.exit_code, passed = EXCLUDED.passed, limits_hit = EXCLUDED.limits_hit,
                duration_ms = EXCLUDED.duration_ms, output_tail = EXCLUDED.output_tail, ran_at = EXCLUDED.ran_at
            """);
        sql.Parameters.AddWithValue("task", taskId);
        sql.Parameters.AddWithValue("phase", phase);
        sql.Parameters.AddWithValue("attempt", attempt);
        sql.Parameters.AddWithValue("command", command);
        sql.Parameters.AddWithValue("exit", exitCode);
        sql.Parameters.AddWithValue("passed", passed);
        sql.Parameters.AddWithValue("limits", limitsHit.ToArray());
        sql.Parameters.AddWithValue("duration", (long)duration.TotalMilliseconds);
        sql.Parameters.AddWithValue("output", outputTail);
        sql.Parameters.AddWithValue("now", clock.GetUtcNow().UtcDateTime);
        await sql.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Unfinished tasks nobody holds and nothing touched lately: candidates for re-enqueueing.</summary>
    public async Task<IReadOnlyList<(Guid Id, string? TraceParent)>> FindIdleUnfinishedAsync(TimeSpan grace, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var command = dataSource.CreateCommand($"""
            SELECT id, trace_parent FROM tasks
             WHERE status NOT IN {TaskStates.TerminalSqlList} AND updated_at < @before
               AND (lease_expires_at IS NULL OR lease_expires_at < @now)
             ORDER BY created_at LIMIT @limit
            """);
        command.Parameters.AddWithValue("before", now - grace);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("limit", limit);
        var found = new List<(Guid, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        return found;
    }

    private async Task UpdateAsync(Guid taskId, string assignments, string? a, string? b, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"UPDATE tasks SET {assignments}, updated_at = @now WHERE id = @id");
        command.Parameters.AddWithValue("id", taskId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow().UtcDateTime);
        command.Parameters.AddWithValue("a", NpgsqlDbType.Text, (object?)a ?? DBNull.Value);
        command.Parameters.AddWithValue("b", NpgsqlDbType.Text, (object?)b ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static TaskRecord Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetGuid(0),
        UserId = reader.GetString(1),
        Status = reader.GetString(2),
        RepoUrl = reader.GetString(3),
        BugDescription = reader.GetString(4),
        TestCommand = reader.IsDBNull(5) ? null : reader.GetString(5),
        SetupCommand = reader.IsDBNull(6) ? null : reader.GetString(6),
        BaseBranch = reader.IsDBNull(7) ? null : reader.GetString(7),
        CommitSha = reader.IsDBNull(8) ? null : reader.GetString(8),
        StartedAt = reader.IsDBNull(9) ? null : reader.GetDateTime(9),
        TraceParent = reader.IsDBNull(10) ? null : reader.GetString(10),
        Deliveries = reader.GetInt32(11),
        Fix = reader.IsDBNull(12) ? null : reader.GetString(12),
        PullRequest = reader.IsDBNull(13) ? null : reader.GetString(13),
        RetryOf = reader.IsDBNull(14) ? null : reader.GetGuid(14),
        Fixer = reader.IsDBNull(15) ? null : reader.GetString(15),
        Model = reader.IsDBNull(16) ? null : reader.GetString(16),
    };
}
