using System.Text.Json.Nodes;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// Scripts the fake model by prompt: each reply goes to the next request built from that prompt file, told apart by
/// a phrase of the prompt's system text.
/// </summary>
public static class ModelScript
{
    public static readonly Func<JsonNode, bool> Cit = FakeOpenAiServer.SystemPromptContains("writes reproduction tests");
    public static readonly Func<JsonNode, bool> CodeAgent = FakeOpenAiServer.SystemPromptContains("fixing a bug with the smallest correct change");
    public static readonly Func<JsonNode, bool> Guardian = FakeOpenAiServer.SystemPromptContains("security reviewer");

    public const string Approve = """{"verdict": "approve", "reasons": []}""";

    public static string Reject(string reason) => $$"""{"verdict": "reject", "reasons": ["{{reason}}"]}""";

    /// <summary>The requests built from one prompt, in the order they arrived.</summary>
    public static IReadOnlyList<JsonNode> RequestsFor(this FakeOpenAiServer server, Func<JsonNode, bool> prompt) =>
        server.Received.Select(r => r.Body).Where(prompt).ToList();

    /// <summary>The text of a request's last user message.</summary>
    public static string LastUserMessage(this JsonNode request) =>
        FakeOpenAiServer.ContentText(request["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]);
}
