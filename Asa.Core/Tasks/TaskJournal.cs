using Asa.Core.Errors;
using Asa.Core.Queue;
using Asa.Core.Telemetry;
using Asa.Protos.V1;
using Npgsql;
using NpgsqlTypes;
using StackExchange.Redis;

namespace Asa.Core.Tasks;

/// <summary>
/// Writes a task's status changes and log lines: the row and its event commit together in Postgres,
/// then watchers are poked through Redis. Status changes never leave a terminal state, so a late
/// writer (a cancelled run, a redelivered entry) cannot resurrect a finished task.
/// </summary>
public sealed class TaskJournal(NpgsqlDataSource dataSource, IConnectionMultiplexer redis, AsaMetrics metrics, TimeProvider clock)
{
    private const string TransitionSql = $"""
        WITH old AS (SELECT id, status, stage_started_at FROM tasks WHERE id = @id FOR UPDATE)
        UPDATE tasks t
           SET status = @to, event_seq = t.event_seq + 1, updated_at = @now, stage_started_at = @now,
               started_at = CASE WHEN @to <> 'QUEUED' AND NOT @terminal THEN COALESCE(t.started_at, @now) ELSE t.started_at END,
               ended_at = CASE WHEN @terminal THEN @now ELSE NULL END,
               error_stage = @error_stage, error_class = @error_class, error_message = @error_message
          FROM old
         WHERE t.id = old.id AND old.status NOT IN {TaskStates.TerminalSqlList} AND old.status <> @to
        RETURNING old.status, old.stage_started_at, t.event_seq
        """;

    private const string InsertStatusEventSql = """
        INSERT INTO task_events (task_id, seq, created_at, kind, from_status, to_status, stage, duration_ms, error_class, message)
        VALUES (@id, @seq, @now, 'status', @from, @to, @stage, @duration_ms, @error_class, @message)
        """;

    private const string NextSeqSql = "UPDATE tasks SET event_seq = event_seq + 1 WHERE id = @id RETURNING event_seq";

    private const string InsertLogSql = """
        INSERT INTO task_events (task_id, seq, created_at, kind, stage, level, message, dedupe_key)
        VALUES (@id, @seq, @now, 'log', @stage, @level, @message, @dedupe_key)
        ON CONFLICT (task_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
        """;

    /// <summary>
    /// Moves the task to <paramref name="to"/> unless it already ended or is already there.
    /// Returns the transition made, or null when nothing changed.
    /// </summary>
    public async Task<TaskTransition?> TransitionAsync(
        Guid taskId, TaskState to, TaskError? error = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        TaskState from;
        DateTime? stageStartedAt;
        long seq;
        await using (var update = new NpgsqlCommand(TransitionSql, connection, transaction))
        {
            update.Parameters.AddWithValue("id", taskId);
            update.Parameters.AddWithValue("to", to.ToName());
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("terminal", to.IsTerminal());
            update.Parameters.AddWithValue("error_stage", NpgsqlDbType.Text, (object?)error?.Stage.ToName() ?? DBNull.Value);
            update.Parameters.AddWithValue("error_class", NpgsqlDbType.Text, (object?)error?.ErrorClass.ToName() ?? DBNull.Value);
            update.Parameters.AddWithValue("error_message", NpgsqlDbType.Text, (object?)error?.Message ?? DBNull.Value);
            await using var reader = await update.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            from = TaskStates.Parse(reader.GetString(0));
            stageStartedAt = reader.IsDBNull(1) ? null : reader.GetDateTime(1);
            seq = reader.GetInt64(2);
        }

        TimeSpan? duration = stageStartedAt is { } started && from != TaskState.Queued ? now - started : null;
        await using (var insert = new NpgsqlCommand(InsertStatusEventSql, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", taskId);
            insert.Parameters.AddWithValue("seq", seq);
            insert.Parameters.AddWithValue("now", now);
            insert.Parameters.AddWithValue("from", from.ToName());
            insert.Parameters.AddWithValue("to", to.ToName());
            insert.Parameters.AddWithValue("stage", NpgsqlDbType.Text, (object?)error?.Stage.ToName() ?? DBNull.Value);
            insert.Parameters.AddWithValue("duration_ms", NpgsqlDbType.Bigint, (object?)(long?)duration?.TotalMilliseconds ?? DBNull.Value);
            insert.Parameters.AddWithValue("error_class", NpgsqlDbType.Text, (object?)error?.ErrorClass.ToName() ?? DBNull.Value);
            insert.Parameters.AddWithValue("message", NpgsqlDbType.Text, (object?)error?.Message ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(taskId);
        var transition = new TaskTransition(from, to, duration);
        metrics.Transitioned(transition);
        return transition;
    }

    /// <summary>
    /// Appends a log line. With a <paramref name="dedupeKey"/>, the line is written at most once per task,
    /// so a stage that runs again after a crash does not repeat itself.
    /// </summary>
    public async Task LogAsync(
        Guid taskId, TaskState stage, LogSeverity level, string message, string? dedupeKey = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var nextSeq = new NpgsqlCommand(NextSeqSql, connection, transaction);
        nextSeq.Parameters.AddWithValue("id", taskId);
        if (await nextSeq.ExecuteScalarAsync(cancellationToken) is not long seq)
        {
            throw AsaException.Permanent($"Task {taskId} does not exist.");
        }
        await using var insert = new NpgsqlCommand(InsertLogSql, connection, transaction);
        insert.Parameters.AddWithValue("id", taskId);
        insert.Parameters.AddWithValue("seq", seq);
        insert.Parameters.AddWithValue("now", clock.GetUtcNow().UtcDateTime);
        insert.Parameters.AddWithValue("stage", stage.ToName());
        insert.Parameters.AddWithValue("level", ProtoEnumNames<LogSeverity>.NameOf(level));
        insert.Parameters.AddWithValue("message", message);
        insert.Parameters.AddWithValue("dedupe_key", NpgsqlDbType.Text, (object?)dedupeKey ?? DBNull.Value);
        var written = await insert.ExecuteNonQueryAsync(cancellationToken);
        if (written == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return;
        }
        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(taskId);
    }

    /// <summary>Pokes watchers of the task; they read the new events from Postgres, so a lost poke delays but never loses an event.</summary>
    public Task NotifyAsync(Guid taskId) =>
        redis.GetSubscriber().PublishAsync(RedisChannel.Literal(TaskQueueNames.EventsChannel), taskId.ToString(), CommandFlags.FireAndForget);
}
