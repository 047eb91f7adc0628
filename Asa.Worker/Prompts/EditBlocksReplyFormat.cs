using System.Text.Json.Nodes;
using Asa.Repair.Edits;

namespace Asa.Worker.Prompts;

/// <summary>A fix written as search/replace (or line-range) edit blocks with a rationale and a confidence.</summary>
public sealed class EditBlocksReplyFormat : IReplyFormat
{
    public string Name => "edit-blocks";

    public JsonNode Parse(string reply)
    {
        try
        {
            return EditBlockParser.ToJson(EditBlockParser.Parse(reply));
        }
        catch (EditFormatException exception)
        {
            throw new ReplyFormatException($"The edit blocks could not be read: {exception.Message}", exception);
        }
    }
}
