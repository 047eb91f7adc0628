using System.Text;
using System.Text.Json.Nodes;

namespace Asa.Worker.Prompts;

/// <summary>
/// A test file written as plain text: <c>PATH:</c>, <c>COMMAND:</c> and <c>EXPECTED_FAILURE:</c> lines and the file's
/// code in one fenced block. Code is kept out of JSON because models write it worse when they must escape it.
/// </summary>
public sealed class TestFileReplyFormat : IReplyFormat
{
    public string Name => "test-file";

    public JsonNode Parse(string reply)
    {
        var lines = reply.Replace("\r\n", "\n").Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = new StringBuilder();
        var inFence = false;
        var fences = 0;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                fences++;
                continue;
            }
            if (inFence)
            {
                if (fences == 1)
                {
                    code.Append(line).Append('\n');
                }
                continue;
            }
            foreach (var field in (string[])["PATH", "COMMAND", "EXPECTED_FAILURE"])
            {
                if (line.StartsWith(field + ":", StringComparison.OrdinalIgnoreCase) && !fields.ContainsKey(field))
                {
                    fields[field] = line[(field.Length + 1)..].Trim().Trim('`');
                }
            }
        }
        if (fences == 0)
        {
            throw new ReplyFormatException("The reply has no fenced code block holding the test file.");
        }
        if (inFence)
        {
            throw new ReplyFormatException("The reply's code block is not closed with ```.");
        }
        foreach (var required in (string[])["PATH", "COMMAND"])
        {
            if (!fields.ContainsKey(required))
            {
                throw new ReplyFormatException($"The reply has no {required}: line.");
            }
        }
        return new JsonObject
        {
            ["path"] = fields["PATH"],
            ["command"] = fields["COMMAND"],
            ["expected_failure"] = fields.GetValueOrDefault("EXPECTED_FAILURE", ""),
            ["content"] = code.ToString(),
        };
    }
}
