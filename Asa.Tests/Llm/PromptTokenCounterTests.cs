using Asa.Worker.Llm;
using Microsoft.Extensions.AI;

namespace Asa.Tests.Llm;

public sealed class PromptTokenCounterTests
{
    [Theory]
    [InlineData("gpt-4o-mini", "o200k_base")]
    [InlineData("gpt-4.1", "o200k_base")]
    [InlineData("o3-mini", "o200k_base")]
    [InlineData("gpt-4", "cl100k_base")]
    [InlineData("llama3.1", "cl100k_base")]
    public void ModelsUseTheirTiktokenEncoding(string model, string encoding) =>
        Assert.Equal(encoding, PromptTokenCounter.EncodingFor(model));

    [Fact]
    public void KnownStringHasTheTokenCountOpenAIDocuments()
    {
        // OpenAI's cookbook splits this into "t", "ik", "token", " is", " great", "!" under cl100k_base.
        Assert.Equal(6, new PromptTokenCounter("gpt-4").Count("tiktoken is great!"));
    }

    [Fact]
    public void MessagesCountTheirTextPlusTheChatFormatOverhead()
    {
        ChatMessage[] messages = [new(ChatRole.User, "tiktoken is great!")];

        // 3 per message, 1 for the role "user", 6 for the text, 3 priming the reply: OpenAI's cookbook count for gpt-4.
        Assert.Equal(13, new PromptTokenCounter("gpt-4").Count(messages));
    }
}
