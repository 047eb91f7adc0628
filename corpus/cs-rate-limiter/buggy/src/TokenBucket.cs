namespace Throttling;

/// <summary>
/// A token bucket: it holds up to <c>capacity</c> tokens, gains <c>tokensPerSecond</c> as time passes, and every
/// request takes tokens from it, so a client may burst up to the capacity but averages at most the rate.
/// </summary>
public sealed class TokenBucket
{
    private readonly int capacity;
    private readonly double tokensPerSecond;
    private double tokens;
    private DateTime lastRefill;

    public TokenBucket(int capacity, double tokensPerSecond, DateTime now)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a bucket holds at least one token");
        if (tokensPerSecond <= 0) throw new ArgumentOutOfRangeException(nameof(tokensPerSecond), tokensPerSecond, "the rate must be positive");
        this.capacity = capacity;
        this.tokensPerSecond = tokensPerSecond;
        tokens = capacity;
        lastRefill = now;
    }

    public double Available(DateTime now)
    {
        Refill(now);
        return tokens;
    }

    public bool TryTake(DateTime now, int count = 1)
    {
        if (count < 1 || count > capacity) throw new ArgumentOutOfRangeException(nameof(count), count, $"between 1 and {capacity} tokens");
        Refill(now);
        if (tokens < count) return false;
        tokens -= count;
        return true;
    }

    /// <summary>How long a client must wait before <paramref name="count"/> tokens are there.</summary>
    public TimeSpan WaitTime(DateTime now, int count = 1)
    {
        Refill(now);
        return tokens >= count ? TimeSpan.Zero : TimeSpan.FromSeconds((count - tokens) / tokensPerSecond);
    }

    private void Refill(DateTime now)
    {
        if (now <= lastRefill) return;
        var earned = (now - lastRefill).TotalSeconds * tokensPerSecond;
        tokens = Math.Min(capacity, tokens + earned);
    }
}
