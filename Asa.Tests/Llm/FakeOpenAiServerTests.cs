using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using Asa.Tests.Infrastructure;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Asa.Tests.Llm;

/// <summary>The fake server as the real OpenAI client (through Microsoft.Extensions.AI) sees it.</summary>
public sealed class FakeOpenAiServerTests : IAsyncLifetime
{
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task RepliesRoutedBySystemPromptGoOnlyToMatchingRequestsAndBeforeTheQueue()
    {
        server.ReplyWith("queued", promptTokens: 10, completionTokens: 1);
        server.ReplyWith("queued again", promptTokens: 10, completionTokens: 2);
        server.ReplyTo(FakeOpenAiServer.SystemPromptContains("reviewer"), "routed review");
        server.ReplyTo(FakeOpenAiServer.SystemPromptContains("code agent"), "routed fix");
        var client = Client();

        var fix = await client.GetResponseAsync(Conversation("You are the code agent.", "fix it")).WaitAsync(TestTimeouts.Call);
        var other = await client.GetResponseAsync(Conversation("You summarise.", "summarise")).WaitAsync(TestTimeouts.Call);
        var review = await client.GetResponseAsync(Conversation("You are the reviewer.", "review it")).WaitAsync(TestTimeouts.Call);
        var secondFix = await client.GetResponseAsync(Conversation("You are the code agent.", "fix it again")).WaitAsync(TestTimeouts.Call);

        Assert.Equal(["routed fix", "queued", "routed review", "queued again"], [fix.Text, other.Text, review.Text, secondFix.Text]);
        Assert.Equal(4, server.Received.Count);
    }

    [Fact]
    public async Task StreamedReplyArrivesInSeveralChunksThatReassembleIntoTheTextWithItsUsage()
    {
        const string text = "RATIONALE: the loop stopped one item early.\nCONFIDENCE: 0.8\n";
        server.ReplyTo(_ => true, text, promptTokens: 120, completionTokens: 30);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in Client().GetStreamingResponseAsync(Conversation("You are the code agent.", "fix it")).WithCancellation(Timeout()))
        {
            updates.Add(update);
        }
        var response = updates.ToChatResponse();

        Assert.Equal(text, response.Text);
        Assert.True(updates.Count(update => update.Text.Length > 0) > 1, "the text came in a single chunk");
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal((120L, 30L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.True(server.Received[0].Body["stream"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ScriptedRateLimitReachesTheClientWithItsRetryAfter(bool streaming)
    {
        server.FailTo(FakeOpenAiServer.SystemPromptContains("code agent"),
            HttpStatusCode.TooManyRequests, "requests", "rate_limit_exceeded", "Rate limit reached", TimeSpan.FromSeconds(7));
        var client = Client();
        var conversation = Conversation("You are the code agent.", "fix it");

        var failure = await Assert.ThrowsAsync<ClientResultException>(async () =>
        {
            if (streaming)
            {
                await foreach (var _ in client.GetStreamingResponseAsync(conversation).WithCancellation(Timeout()))
                {
                }
            }
            else
            {
                await client.GetResponseAsync(conversation).WaitAsync(TestTimeouts.Call);
            }
        });

        Assert.Equal(429, failure.Status);
        Assert.Contains("Rate limit reached", failure.Message);
        Assert.True(failure.GetRawResponse()!.Headers.TryGetValue("retry-after", out var retryAfter));
        Assert.Equal("7", retryAfter);
    }

    // No client retries, so a scripted error is what the test sees.
    private IChatClient Client() =>
        new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = server.BaseUrl, RetryPolicy = new ClientRetryPolicy(0) })
            .GetChatClient("gpt-4o-mini").AsIChatClient();

    private static List<ChatMessage> Conversation(string system, string user) =>
        [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)];

    private static CancellationToken Timeout() => new CancellationTokenSource(TestTimeouts.Call).Token;
}
