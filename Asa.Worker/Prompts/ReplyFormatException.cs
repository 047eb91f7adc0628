namespace Asa.Worker.Prompts;

/// <summary>A reply that does not follow the format its prompt asked for; the message is what the model is told.</summary>
public sealed class ReplyFormatException(string message, Exception? inner = null) : Exception(message, inner);
