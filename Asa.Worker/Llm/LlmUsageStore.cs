using Asa.Core.Data;
using Npgsql;

namespace Asa.Worker.Llm;

/// <summary>Reads what tasks and users have spent on models and records each call in <c>llm_usage</c>.</summary>
public sealed class LlmUsageStore(NpgsqlDataSource dataSource)
{
    public async Task<(long Tokens, decimal CostUsd)> SpentByTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT COALESCE(SUM(prompt_tokens + completion_tokens), 0), COALESCE(SUM(cost_usd), 0) FROM llm_usage WHERE task_id = @task");
        command.Parameters.AddWithValue("task", taskId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetDecimal(1));
    }

    public async Task<decimal> CostByUserSinceAsync(string userId, DateTime since, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT COALESCE(SUM(cost_usd), 0) FROM llm_usage WHERE user_id = @user AND created_at >= @since");
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("since", since);
        return (decimal)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task RecordAsync(LlmUsageRecord usage, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO llm_usage (task_id, user_id, model, purpose, prompt_tokens, completion_tokens, cost_usd, latency_ms, status, error, prompt_version_id, created_at)
            VALUES (@task, @user, @model, @purpose, @prompt, @completion, @cost, @latency, @status, @error, @prompt_version, @created)
            """);
        command.Parameters.AddWithValue("task", usage.TaskId);
        command.Parameters.AddWithValue("user", usage.UserId);
        command.Parameters.AddWithValue("model", usage.Model);
        command.Parameters.AddWithValue("purpose", usage.Purpose);
        command.Parameters.AddWithValue("prompt", usage.PromptTokens);
        command.Parameters.AddWithValue("completion", usage.CompletionTokens);
        command.Parameters.AddWithValue("cost", usage.CostUsd);
        command.Parameters.AddWithValue("latency", usage.LatencyMs);
        command.Parameters.AddWithValue("status", usage.Status);
        command.Parameters.AddWithValue("error", (object?)usage.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("prompt_version", (object?)usage.PromptVersionId ?? DBNull.Value);
        command.Parameters.AddWithValue("created", usage.CreatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
