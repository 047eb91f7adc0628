using System.Text.Json;
using System.Text.Json.Nodes;

namespace Asa.Worker.Prompts;

/// <summary>A reply that is one JSON object, bare or in a fenced block.</summary>
public sealed class JsonReplyFormat : IReplyFormat
{
    public string Name => "json";

    public JsonNode Parse(string reply)
    {
        var text = reply.Trim();
        var start = text.IndexOf('{');
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            throw new ReplyFormatException("The reply must be one JSON object, and it has none.");
        }
        try
        {
            return JsonNode.Parse(text[start..(end + 1)]) ?? throw new ReplyFormatException("The reply's JSON is null.");
        }
        catch (JsonException exception)
        {
            throw new ReplyFormatException($"The reply's JSON object does not parse: {exception.Message}", exception);
        }
    }
}
