using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace Asa.Worker.Llm;

/// <summary>
/// Replies already paid for, kept in Redis per task: a task that runs a stage again (a retry, or a resume after a
/// crash) gets the same answer to the same request without a second call or a second charge.
/// </summary>
public sealed partial class LlmReplyCache(IConnectionMultiplexer redis, ILogger<LlmReplyCache> logger)
{
    // Longer than any task may run, so a resumed task still finds its replies.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    public static string KeyOf(LlmRequest request, string model)
    {
        var text = new StringBuilder()
            .Append(model).Append('\n')
            .Append(request.Sample).Append('\n')
            .Append(request.Options?.MaxOutputTokens).Append('\n')
            .Append(request.Options?.Temperature).Append('\n');
        foreach (var message in request.Messages)
        {
            text.Append(message.Role.Value).Append('\0').Append(message.Text).Append('\0');
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return $"asa:llm-cache:{request.TaskId:N}:{hash}";
    }

    public async Task<CachedReply?> FindAsync(string key)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(key);
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<CachedReply>(value.ToString());
        }
        catch (Exception exception) when (exception is RedisException or JsonException)
        {
            // Without the cache the request is simply sent; that costs money but loses nothing.
            LogCacheUnavailable(logger, exception);
            return null;
        }
    }

    public async Task StoreAsync(string key, CachedReply reply)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(reply), Lifetime);
        }
        catch (RedisException exception)
        {
            LogCacheUnavailable(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model reply cache is unavailable; the request goes to the model")]
    private static partial void LogCacheUnavailable(ILogger logger, Exception exception);
}

/// <summary>A reply as cached: its text and what the original call used.</summary>
public sealed record CachedReply(string Text, int PromptTokens, int CompletionTokens);
