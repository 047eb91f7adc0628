namespace Asa.Core.Data;

/// <summary>A row of <c>llm_usage</c>: one model call, its tokens, cost and outcome.</summary>
public sealed class LlmUsageRecord
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public required string UserId { get; set; }
    public required string Model { get; set; }
    public required string Purpose { get; set; }
    public int PromptTokens { get; set; }
    public int CompletionTokens { get; set; }
    public decimal CostUsd { get; set; }
    public long LatencyMs { get; set; }
    public required string Status { get; set; }
    public string? Error { get; set; }
    /// <summary>The prompt file the request was built from, when it was built from one.</summary>
    public long? PromptVersionId { get; set; }
    public DateTime CreatedAt { get; set; }
}
