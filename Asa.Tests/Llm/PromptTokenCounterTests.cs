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
    public void MessagesCostTheirTextPlusTheChatFormatOverhead()
    {
        var counter = new PromptTokenCounter("gpt-4o-mini");
        ChatMessage[] messages = [new(ChatRole.System, "You fix bugs."), new(ChatRole.User, "The sum of 2 and 2 is 5.")];

        var expected = messages.Sum(m => 3 + counter.Count(m.Role.Value) + counter.Count(m.Text)) + 3;

        Assert.Equal(expected, counter.Count(messages));
        Assert.True(counter.Count(messages) > counter.Count("You fix bugs.") + counter.Count("The sum of 2 and 2 is 5."));
    }
}
