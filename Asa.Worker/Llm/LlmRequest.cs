using Microsoft.Extensions.AI;

namespace Asa.Worker.Llm;

/// <summary>
/// One request to the model on behalf of a task: who pays, why, and what is asked. <see cref="PromptVersionId"/> names
/// the prompt file it was built from; <see cref="Sample"/> tells apart candidates asked with the same messages, which
/// would otherwise be answered from the cache. <see cref="Model"/> is the model the task asked for; null for the
/// worker's configured one.
/// </summary>
public sealed record LlmRequest(
    Guid TaskId,
    string UserId,
    string Purpose,
    IReadOnlyList<ChatMessage> Messages,
    ChatOptions? Options = null,
    long? PromptVersionId = null,
    int Sample = 0,
    string? Model = null);
