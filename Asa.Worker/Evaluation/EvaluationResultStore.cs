using Asa.Core.Data;
using Asa.Core.Tasks;
using Npgsql;

namespace Asa.Worker.Evaluation;

/// <summary>
/// The worker's reads and writes of <c>evaluation_results</c>: claiming a result whose task has ended (one worker at a
/// time; a claim older than <c>staleAfter</c> is taken over, since its worker stopped), recording it, and marking the run
/// finished once nothing of it is running or being checked.
/// </summary>
public sealed class EvaluationResultStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<EndedEvaluation?> TryClaimAsync(string owner, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var command = dataSource.CreateCommand($"""
            UPDATE evaluation_results r
               SET state = '{EvaluationResultStates.Checking}', check_claimed_by = @owner, check_claimed_at = @now
              FROM tasks t, evaluation_cases c
             WHERE r.id = (SELECT p.id FROM evaluation_results p JOIN tasks pt ON pt.id = p.task_id
                            WHERE (p.state = '{EvaluationResultStates.Running}' AND pt.status IN {TaskStates.TerminalSqlList})
                               OR (p.state = '{EvaluationResultStates.Checking}' AND p.check_claimed_at < @stale)
                            ORDER BY p.id LIMIT 1 FOR UPDATE OF p SKIP LOCKED)
               AND t.id = r.task_id AND c.id = r.case_id
            RETURNING r.id, r.run_id, t.id, t.status, t.repo_url, t.commit_sha, t.fix::text, t.repair_search::text, t.error_message,
                      t.started_at, t.ended_at,
                      (SELECT coalesce(sum(u.cost_usd), 0) FROM llm_usage u WHERE u.task_id = t.id),
                      c.check_command, c.check_files::text
            """);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("stale", now - staleAfter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new EndedEvaluation(
            reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
            NullableString(reader, 5), NullableString(reader, 6), NullableString(reader, 7), NullableString(reader, 8),
            reader.IsDBNull(9) ? null : reader.GetDateTime(9), reader.IsDBNull(10) ? null : reader.GetDateTime(10),
            reader.GetDecimal(11), NullableString(reader, 12), NullableString(reader, 13));
    }

    /// <summary>Records the verdict if this worker still holds the claim; returns whether it did.</summary>
    public async Task<bool> RecordAsync(EndedEvaluation ended, string owner, EvaluationVerdict verdict, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var batch = dataSource.CreateBatch();
        var record = new NpgsqlBatchCommand($"""
            UPDATE evaluation_results
               SET state = '{EvaluationResultStates.Recorded}', passed = @passed, correct = @correct, duration_ms = @duration,
                   cost_usd = @cost, attempts = @attempts, summary = @summary, task_status = @status, recorded_at = @now,
                   check_claimed_by = NULL, check_claimed_at = NULL
             WHERE id = @id AND check_claimed_by = @owner AND state = '{EvaluationResultStates.Checking}'
            """);
        record.Parameters.AddWithValue("id", ended.ResultId);
        record.Parameters.AddWithValue("owner", owner);
        record.Parameters.AddWithValue("passed", verdict.Passed);
        record.Parameters.AddWithValue("correct", verdict.Correct is { } correct ? correct : DBNull.Value);
        record.Parameters.AddWithValue("duration", (long)verdict.Duration.TotalMilliseconds);
        record.Parameters.AddWithValue("cost", ended.CostUsd);
        record.Parameters.AddWithValue("attempts", verdict.Attempts);
        record.Parameters.AddWithValue("summary", verdict.Summary);
        record.Parameters.AddWithValue("status", ended.TaskStatus);
        record.Parameters.AddWithValue("now", now);
        batch.BatchCommands.Add(record);
        var finish = new NpgsqlBatchCommand($"""
            UPDATE evaluation_runs SET finished_at = @now
             WHERE id = @run AND finished_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM evaluation_results
                                WHERE run_id = @run AND state IN ('{EvaluationResultStates.Running}', '{EvaluationResultStates.Checking}'))
            """);
        finish.Parameters.AddWithValue("run", ended.RunId);
        finish.Parameters.AddWithValue("now", now);
        batch.BatchCommands.Add(finish);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return record.RecordsAffected == 1;
    }

    /// <summary>Gives a claim back so the result is judged again; best effort, since a stale claim is taken over anyway.</summary>
    public async Task ReleaseQuietlyAsync(EndedEvaluation ended, string owner)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"""
                UPDATE evaluation_results SET state = '{EvaluationResultStates.Running}', check_claimed_by = NULL, check_claimed_at = NULL
                 WHERE id = @id AND check_claimed_by = @owner AND state = '{EvaluationResultStates.Checking}'
                """);
            command.Parameters.AddWithValue("id", ended.ResultId);
            command.Parameters.AddWithValue("owner", owner);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The database is away; the claim goes stale and another pass takes it over.
        }
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
