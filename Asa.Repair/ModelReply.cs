using System.Text.Json.Nodes;

namespace Asa.Repair;

/// <summary>A model's answer that followed its prompt's format and schema, and the prompt's name and version that asked.</summary>
public sealed record ModelReply(JsonNode Value, string PromptLabel);
