using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Asa.Cli.Output;

/// <summary>Writes the one JSON document a command prints with --json; messages use protobuf's JSON mapping.</summary>
public static class JsonOutput
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    // Scripts read this with a JSON parser, not a browser: no need to escape quotes and angle brackets as \u0027.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode Node(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static JsonArray Array(IEnumerable<IMessage> messages) => new([.. messages.Select(Node)]);

    public static void Write(TextWriter output, JsonNode document) => output.WriteLine(document.ToJsonString(Indented));

    /// <summary>The message as the indented JSON document <see cref="Write(TextWriter, IMessage)"/> prints.</summary>
    public static string Text(IMessage message) => Node(message).ToJsonString(Indented);

    public static void Write(TextWriter output, IMessage message) => Write(output, Node(message));
}
