using System.Text.Json.Nodes;

namespace Asa.Worker.Prompts;

/// <summary>Turns a model's reply, written in the format a prompt asks for, into JSON its output schema can check.</summary>
public interface IReplyFormat
{
    string Name { get; }

    /// <summary>Throws <see cref="ReplyFormatException"/> naming what is wrong, so the model can be told.</summary>
    JsonNode Parse(string reply);
}
