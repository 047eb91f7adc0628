using System.Diagnostics;
using Asa.Core.Errors;
using Asa.Core.Queue;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Asa.Api.Tasks;

/// <summary>
/// Admits a task: checks both limits and writes the task with its first event in one transaction,
/// then puts it on the stream. The limits are checked under an advisory lock so concurrent submits
/// cannot overshoot them. If Redis is down after the commit, the task stays QUEUED and the
/// reconciler enqueues it later: an accepted task is never lost.
/// </summary>
public sealed class TaskAdmission(
    NpgsqlDataSource dataSource,
    TaskQueue queue,
    IOptionsMonitor<SubmissionLimits> limits,
    AsaMetrics metrics,
    TimeProvider clock,
    ILogger<TaskAdmission> logger)
{
    private const long AdmissionLockKey = 0x4153_4101;

    private const string AdmitSql = $"""
        WITH counts AS (
            SELECT (SELECT count(*) FROM tasks WHERE status NOT IN {TaskStates.TerminalSqlList}) AS active,
                   (SELECT count(*) FROM tasks WHERE user_id = @user AND created_at >= @day_start) AS today),
        inserted AS (
            INSERT INTO tasks (id, user_id, status, repo_url, bug_description, test_command, setup_command, base_branch,
                               trace_parent, deliveries, event_seq, created_at, updated_at, stage_started_at)
            SELECT @id, @user, 'QUEUED', @repo_url, @bug, @test, @setup, @branch, @trace, 0, 1, @now, @now, @now
              FROM counts WHERE active < @max_active AND today < @max_daily
            RETURNING id),
        first_event AS (
            INSERT INTO task_events (task_id, seq, created_at, kind, from_status, to_status)
            SELECT id, 1, @now, 'status', 'TASK_STATE_UNSPECIFIED', 'QUEUED' FROM inserted)
        SELECT active, today, (SELECT count(*) FROM inserted) FROM counts
        """;

    public async Task<AdmittedTask> AdmitAsync(NewTask task, CancellationToken cancellationToken)
    {
        using var activity = AsaActivitySources.Api.StartActivity("asa.task.submit");
        var id = Guid.CreateVersion7();
        activity?.SetTag(AsaActivitySources.TaskIdTag, id);
        var now = clock.GetUtcNow().UtcDateTime;
        var current = limits.CurrentValue;
        var traceParent = activity?.Id ?? Activity.Current?.Id;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // No explicit transaction: a batch is one implicit transaction that Postgres commits on its own at the end,
        // so the lock is held for the statements only, never for a round trip back to this (busy) process.
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)")
        {
            Parameters = { new NpgsqlParameter("key", AdmissionLockKey) },
        });
        var admit = new NpgsqlBatchCommand(AdmitSql);
        admit.Parameters.AddWithValue("id", id);
        admit.Parameters.AddWithValue("user", task.UserId);
        admit.Parameters.AddWithValue("day_start", now.Date);
        admit.Parameters.AddWithValue("now", now);
        admit.Parameters.AddWithValue("repo_url", task.RepoUrl);
        admit.Parameters.AddWithValue("bug", task.BugDescription);
        admit.Parameters.AddWithValue("test", NpgsqlDbType.Text, (object?)task.TestCommand ?? DBNull.Value);
        admit.Parameters.AddWithValue("setup", NpgsqlDbType.Text, (object?)task.SetupCommand ?? DBNull.Value);
        admit.Parameters.AddWithValue("branch", NpgsqlDbType.Text, (object?)task.BaseBranch ?? DBNull.Value);
        admit.Parameters.AddWithValue("trace", NpgsqlDbType.Text, (object?)traceParent ?? DBNull.Value);
        admit.Parameters.AddWithValue("max_active", (long)current.MaxQueueSize);
        admit.Parameters.AddWithValue("max_daily", (long)current.MaxSubmissionsPerUserPerDay);
        batch.BatchCommands.Add(admit);

        long active, today, inserted;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            (active, today, inserted) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
        if (inserted == 0)
        {
            throw active >= current.MaxQueueSize
                ? AsaException.Resource(
                    $"The queue is full: {active} tasks are queued or running and the limit (MAX_QUEUE_SIZE) is {current.MaxQueueSize}. Try again later.")
                : AsaException.Resource(
                    $"Daily submission limit reached: user '{task.UserId}' has submitted {today} tasks today and the limit (MaxSubmissionsPerUserPerDay) is {current.MaxSubmissionsPerUserPerDay}.");
        }
        metrics.TaskSubmitted();

        try
        {
            await queue.EnqueueAsync(id, traceParent);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Task {TaskId} is stored but could not be put on the stream; the reconciler will enqueue it", id);
        }
        return new AdmittedTask(id, now);
    }
}
