using System.Text.Json.Nodes;

namespace Asa.Worker.Prompts;

/// <summary>
/// A question to the model from a prompt file on behalf of a task. <see cref="Sample"/> tells apart candidates asked
/// from the same prompt; <see cref="Check"/> may refuse a well-formed answer (an edit that does not apply), naming why.
/// <see cref="Model"/> is the model the task asked for; null for the worker's configured one.
/// </summary>
public sealed record ModelQuestion(
    Guid TaskId,
    string UserId,
    string PromptName,
    IReadOnlyDictionary<string, string> Variables,
    int Sample = 0,
    Func<string, JsonNode, string?>? Check = null,
    string? Model = null);
