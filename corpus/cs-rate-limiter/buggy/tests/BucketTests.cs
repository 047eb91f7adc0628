using Throttling;

public static class BucketTests
{
    private static readonly DateTime Noon = new(2025, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    public static void AClientMayBurstUpToTheCapacity()
    {
        var bucket = new TokenBucket(3, 1.0, Noon);
        Assert.True(bucket.TryTake(Noon), "first");
        Assert.True(bucket.TryTake(Noon, 2), "second and third");
        Assert.False(bucket.TryTake(Noon), "fourth");
    }

    public static void TokensComeBackWithTime()
    {
        var bucket = new TokenBucket(3, 1.0, Noon);
        bucket.TryTake(Noon, 3);
        Assert.Equal(2.0, bucket.Available(Noon.AddSeconds(2)));
    }

    public static void TheBucketNeverHoldsMoreThanItsCapacity()
    {
        var bucket = new TokenBucket(3, 1.0, Noon);
        Assert.Equal(3.0, bucket.Available(Noon.AddMinutes(5)));
    }

    public static void AnEmptyBucketSaysHowLongToWait()
    {
        var bucket = new TokenBucket(4, 2.0, Noon);
        bucket.TryTake(Noon, 4);
        Assert.Equal(TimeSpan.FromSeconds(1.5), bucket.WaitTime(Noon, 3));
    }

    public static void AClientKeepsToTheRateAfterItsBurst()
    {
        var bucket = new TokenBucket(2, 1.0, Noon);
        bucket.TryTake(Noon, 2);
        Assert.True(bucket.TryTake(Noon.AddSeconds(1)), "one request a second later");
        Assert.False(bucket.TryTake(Noon.AddSeconds(1)), "a second request in the same instant");
    }

    public static void EachApiKeyHasItsOwnBucket()
    {
        var limiter = new RateLimiter(burst: 1, requestsPerSecond: 0.5);
        Assert.True(limiter.Allow("alpha", Noon), "alpha");
        Assert.False(limiter.Allow("alpha", Noon), "alpha again");
        Assert.True(limiter.Allow("beta", Noon), "beta");
        Assert.Equal(2, limiter.RetryAfterSeconds("alpha", Noon));
    }
}
