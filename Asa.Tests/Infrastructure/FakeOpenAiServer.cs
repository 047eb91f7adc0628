using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible server on loopback answering <c>POST /v1/chat/completions</c> with the replies a test scripts,
/// in OpenAI's wire format. Every request it receives is kept, so tests can see what was (not) sent.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedReply> replies = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    private FakeOpenAiServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>What to give as <c>Llm:BaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeOpenAiServer(app, new Uri($"http://127.0.0.1:{port}/v1"));
        app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await app.StartAsync().WaitAsync(TestTimeouts.ProcessStart);
        return server;
    }

    /// <summary>The next request gets a completion with this text and this usage.</summary>
    public void ReplyWith(string content, int promptTokens, int completionTokens) =>
        replies.Enqueue(new ScriptedReply(200, Completion(content, promptTokens, completionTokens), null));

    /// <summary>The next request gets an OpenAI error object with this status (and a retry-after header when given).</summary>
    public void FailWith(HttpStatusCode status, string type, string code, string message, TimeSpan? retryAfter = null) =>
        replies.Enqueue(new ScriptedReply((int)status, Error(type, code, message), retryAfter));

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        received.Enqueue(new ReceivedRequest(context.Request.Headers.Authorization.ToString(), body!));
        if (!replies.TryDequeue(out var reply))
        {
            reply = new ScriptedReply(500, Error("server_error", "unscripted", "The test scripted no reply for this request."), null);
        }
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is { } retryAfter)
        {
            context.Response.Headers["retry-after"] = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body.ToJsonString());
    }

    private static JsonObject Completion(string content, int promptTokens, int completionTokens) => new()
    {
        ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
        },
    };

    private static JsonObject Error(string type, string code, string message) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = code },
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().WaitAsync(TestTimeouts.ProcessExit);
        await app.DisposeAsync();
    }

    private sealed record ScriptedReply(int Status, JsonObject Body, TimeSpan? RetryAfter);
}

/// <summary>A request the fake server received: its Authorization header and JSON body.</summary>
public sealed record ReceivedRequest(string Authorization, JsonNode Body);
