using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace Asa.Worker.Llm;

/// <summary>Counts prompt tokens with the model's own tiktoken encoding before a request is sent.</summary>
public sealed class PromptTokenCounter(string model)
{
    // OpenAI's chat format adds a few tokens per message (role and separators) and primes the reply with three more.
    private const int TokensPerMessage = 3;
    private const int TokensPerReply = 3;

    private readonly TiktokenTokenizer tokenizer = TiktokenTokenizer.CreateForEncoding(EncodingFor(model));

    public string Encoding { get; } = EncodingFor(model);

    public static string EncodingFor(string model)
    {
        var name = model.ToLowerInvariant();
        var usesO200k = name.StartsWith("gpt-4o", StringComparison.Ordinal) || name.StartsWith("gpt-4.1", StringComparison.Ordinal)
            || name.StartsWith("gpt-5", StringComparison.Ordinal) || (name.Length > 1 && name[0] == 'o' && char.IsAsciiDigit(name[1]));
        return usesO200k ? "o200k_base" : "cl100k_base";
    }

    public int Count(string text) => tokenizer.CountTokens(text);

    public int Count(IEnumerable<ChatMessage> messages) =>
        messages.Sum(message => TokensPerMessage + Count(message.Role.Value) + Count(message.Text)) + TokensPerReply;
}
