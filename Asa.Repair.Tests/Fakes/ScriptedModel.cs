using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Asa.Repair.Tests.Fakes;

/// <summary>
/// A model that answers the fixer's prompt with the next of <paramref name="fixes"/> (edit blocks, checked as the
/// gateway would) and approves every diff it is asked to review.
/// </summary>
public sealed class ScriptedModel(params string[] fixes) : IRepairModel
{
    private int asked;

    public ConcurrentQueue<string> Prompts { get; } = new();

    public Task<ModelReply> AskAsync(
        string promptName, IReadOnlyDictionary<string, string> variables, int sample, Func<string, JsonNode, string?>? check, CancellationToken cancellationToken)
    {
        Prompts.Enqueue(promptName);
        if (promptName == "guardian")
        {
            return Task.FromResult(new ModelReply(new JsonObject { ["verdict"] = "approve", ["reasons"] = new JsonArray() }, "guardian v1"));
        }
        var reply = fixes[Math.Min(Interlocked.Increment(ref asked), fixes.Length) - 1];
        var value = JsonValue.Create(reply);
        return check?.Invoke(reply, value) is { } problem
            ? throw new InvalidOperationException($"The scripted reply does not apply: {problem}")
            : Task.FromResult(new ModelReply(value, $"{promptName} v1"));
    }

    public int CountTokens(string text) => text.Length / 4;
}
