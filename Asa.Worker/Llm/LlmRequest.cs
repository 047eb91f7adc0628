using Microsoft.Extensions.AI;

namespace Asa.Worker.Llm;

/// <summary>One request to the model on behalf of a task: who pays, why, and what is asked.</summary>
public sealed record LlmRequest(Guid TaskId, string UserId, string Purpose, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options = null);
