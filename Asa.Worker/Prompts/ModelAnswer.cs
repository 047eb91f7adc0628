using System.Text.Json.Nodes;

namespace Asa.Worker.Prompts;

/// <summary>A reply that followed its prompt's format and schema: the text as written and its parsed value.</summary>
public sealed record ModelAnswer(string Text, JsonNode Value, Prompt Prompt, int RepairRounds);
