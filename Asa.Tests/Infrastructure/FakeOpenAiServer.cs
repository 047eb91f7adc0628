using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible server on loopback answering <c>POST /v1/chat/completions</c> with the replies a test scripts,
/// in OpenAI's wire format: JSON, or server-sent chunks when the request asks to stream. A reply scripted with
/// <see cref="ReplyTo"/> or <see cref="FailTo"/> goes only to a request it matches, and those are tried in scripted
/// order before the queue of <see cref="ReplyWith"/> and <see cref="FailWith"/>. Every request it receives is kept,
/// so tests can see what was (not) sent.
/// </summary>
public sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedReply> replies = new();
    private readonly List<RoutedReply> routedReplies = [];
    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    private FakeOpenAiServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>What to give as <c>Llm:BaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    /// <summary>Forgets every scripted reply and received request, for a server shared by the tests of a class.</summary>
    public void Reset()
    {
        replies.Clear();
        lock (routedReplies)
        {
            routedReplies.Clear();
        }
        received.Clear();
    }

    /// <summary>Starts on the given port (one a stack's workers were configured with before it started), else on a free one.</summary>
    public static async Task<FakeOpenAiServer> StartAsync(int? port = null)
    {
        var listenPort = port ?? FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        // The test output holds the services' appsettings.json, whose Kestrel endpoints must not become this server's too.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, listenPort));
        var app = builder.Build();
        var server = new FakeOpenAiServer(app, new Uri($"http://127.0.0.1:{listenPort}/v1"));
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

    /// <summary>The first request that matches (and no other) gets a completion with this text and this usage.</summary>
    public void ReplyTo(Func<JsonNode, bool> matches, string content, int promptTokens = 100, int completionTokens = 50) =>
        Route(matches, new ScriptedReply(200, Completion(content, promptTokens, completionTokens), null));

    /// <summary>The first request that matches (and no other) gets an OpenAI error object with this status.</summary>
    public void FailTo(Func<JsonNode, bool> matches, HttpStatusCode status, string type, string code, string message, TimeSpan? retryAfter = null) =>
        Route(matches, new ScriptedReply((int)status, Error(type, code, message), retryAfter));

    /// <summary>Matches a request whose first system message contains <paramref name="text"/> (ordinal).</summary>
    public static Func<JsonNode, bool> SystemPromptContains(string text) => body =>
        body["messages"] is JsonArray messages
        && messages.FirstOrDefault(message => message?["role"]?.GetValue<string>() == "system") is { } system
        && ContentText(system["content"]).Contains(text, StringComparison.Ordinal);

    private void Route(Func<JsonNode, bool> matches, ScriptedReply reply)
    {
        lock (routedReplies)
        {
            routedReplies.Add(new RoutedReply(matches, reply));
        }
    }

    private ScriptedReply NextReply(JsonNode body)
    {
        lock (routedReplies)
        {
            var index = routedReplies.FindIndex(routed => routed.Matches(body));
            if (index >= 0)
            {
                var reply = routedReplies[index].Reply;
                routedReplies.RemoveAt(index);
                return reply;
            }
        }
        return replies.TryDequeue(out var next)
            ? next
            : new ScriptedReply(500, Error("server_error", "unscripted", "The test scripted no reply for this request."), null);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        received.Enqueue(new ReceivedRequest(context.Request.Headers.Authorization.ToString(), body!));
        var reply = NextReply(body!);
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is { } retryAfter)
        {
            context.Response.Headers["retry-after"] = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
        // OpenAI answers errors as JSON even when the request asked for a stream.
        if (reply.Status == 200 && body?["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(context.Response, reply.Body, includeUsage: body["stream_options"]?["include_usage"]?.GetValue<bool>() == true);
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body.ToJsonString());
    }

    /// <summary>The completion as OpenAI streams it: the text over several chunks, the finish reason, the usage if asked, then [DONE].</summary>
    private static async Task StreamAsync(HttpResponse response, JsonObject completion, bool includeUsage)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var content = completion["choices"]![0]!["message"]!["content"]!.GetValue<string>();
        var pieces = Words().Matches(content).Select(match => match.Value).Where(piece => piece.Length > 0).DefaultIfEmpty("");
        var first = true;
        foreach (var piece in pieces)
        {
            var delta = first ? new JsonObject { ["role"] = "assistant", ["content"] = piece } : new JsonObject { ["content"] = piece };
            first = false;
            await WriteEventAsync(response, Chunk(completion, new JsonArray(Choice(delta, finishReason: null))));
        }
        await WriteEventAsync(response, Chunk(completion, new JsonArray(Choice(new JsonObject(), finishReason: "stop"))));
        if (includeUsage)
        {
            var usage = Chunk(completion, []);
            usage["usage"] = completion["usage"]!.DeepClone();
            await WriteEventAsync(response, usage);
        }
        await response.WriteAsync("data: [DONE]\n\n");
        await response.Body.FlushAsync();
    }

    private static async Task WriteEventAsync(HttpResponse response, JsonObject chunk)
    {
        await response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
        await response.Body.FlushAsync();
    }

    private static JsonObject Chunk(JsonObject completion, JsonArray choices) => new()
    {
        ["id"] = completion["id"]!.DeepClone(),
        ["object"] = "chat.completion.chunk",
        ["created"] = completion["created"]!.DeepClone(),
        ["model"] = completion["model"]!.DeepClone(),
        ["choices"] = choices,
    };

    private static JsonObject Choice(JsonObject delta, string? finishReason) => new()
    {
        ["index"] = 0,
        ["delta"] = delta,
        ["finish_reason"] = finishReason,
    };

    /// <summary>A message's text, whether its content is a string or an array of content parts.</summary>
    public static string ContentText(JsonNode? content) => content switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray parts => string.Concat(parts.Select(part => part?["text"]?.GetValue<string>())),
        _ => "",
    };

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

    /// <summary>A word and the whitespace after it: roughly how a model's tokens arrive.</summary>
    [GeneratedRegex(@"\S*\s*")]
    private static partial Regex Words();

    private sealed record ScriptedReply(int Status, JsonObject Body, TimeSpan? RetryAfter);

    private sealed record RoutedReply(Func<JsonNode, bool> Matches, ScriptedReply Reply);
}

/// <summary>A request the fake server received: its Authorization header and JSON body.</summary>
public sealed record ReceivedRequest(string Authorization, JsonNode Body);
