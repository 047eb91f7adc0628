using System.Text.Json.Nodes;

namespace Asa.Repair;

/// <summary>
/// A model that answers from the versioned prompt files, for one task: the worker implements it over the LLM gateway
/// (budgets, usage) and the prompt catalog (format and schema checks). Absent when no model takes part in the repair.
/// </summary>
public interface IRepairModel
{
    /// <summary>
    /// Asks the question of prompt <paramref name="promptName"/>; <paramref name="sample"/> tells apart candidates asked from
    /// the same prompt, and <paramref name="check"/> may refuse a well-formed answer, naming why, for the model to try again.
    /// </summary>
    Task<ModelReply> AskAsync(
        string promptName, IReadOnlyDictionary<string, string> variables, int sample, Func<string, JsonNode, string?>? check, CancellationToken cancellationToken);

    /// <summary>The tokens a text costs in the model's prompt.</summary>
    int CountTokens(string text);
}
