namespace Throttling;

/// <summary>One token bucket per API key, made on the key's first request.</summary>
public sealed class RateLimiter(int burst, double requestsPerSecond)
{
    private readonly Dictionary<string, TokenBucket> buckets = new(StringComparer.Ordinal);

    public bool Allow(string apiKey, DateTime now) => BucketOf(apiKey, now).TryTake(now);

    /// <summary>The Retry-After a refused client is told, in whole seconds rounded up.</summary>
    public int RetryAfterSeconds(string apiKey, DateTime now) =>
        (int)Math.Ceiling(BucketOf(apiKey, now).WaitTime(now).TotalSeconds);

    private TokenBucket BucketOf(string apiKey, DateTime now)
    {
        if (!buckets.TryGetValue(apiKey, out var bucket))
        {
            bucket = new TokenBucket(burst, requestsPerSecond, now);
            buckets[apiKey] = bucket;
        }
        return bucket;
    }
}
