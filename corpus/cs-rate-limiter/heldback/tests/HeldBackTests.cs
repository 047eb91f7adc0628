using Throttling;

public static class HeldBackTests
{
    private static readonly DateTime Noon = new(2025, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    public static void AHammeringClientGetsTheBurstPlusTheRate()
    {
        var limiter = new RateLimiter(burst: 5, requestsPerSecond: 2.0);
        var allowed = 0;
        for (var tick = 0; tick <= 100; tick++)
        {
            if (limiter.Allow("greedy", Noon.AddMilliseconds(100 * tick))) allowed++;
        }
        Assert.Equal(25, allowed);
    }

    public static void TokensAreCountedOnceAcrossManyLooks()
    {
        var bucket = new TokenBucket(4, 1.0, Noon);
        bucket.TryTake(Noon, 4);
        Assert.Equal(1.0, bucket.Available(Noon.AddSeconds(1)));
        Assert.Equal(1.0, bucket.Available(Noon.AddSeconds(1)));
        Assert.Equal(2.0, bucket.Available(Noon.AddSeconds(2)));
        Assert.True(bucket.TryTake(Noon.AddSeconds(2), 2), "the two tokens");
        Assert.Equal(0.5, bucket.Available(Noon.AddSeconds(2.5)));
    }

    public static void WaitTimeAfterAPartialRefill()
    {
        var bucket = new TokenBucket(2, 0.5, Noon);
        bucket.TryTake(Noon, 2);
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.WaitTime(Noon.AddSeconds(1)));
        Assert.Equal(TimeSpan.Zero, bucket.WaitTime(Noon.AddSeconds(2)));
        Assert.True(bucket.TryTake(Noon.AddSeconds(2)), "token after two seconds");
        Assert.Equal(TimeSpan.FromSeconds(2), bucket.WaitTime(Noon.AddSeconds(2)));
    }

    public static void AClockGoingBackwardsAddsNothing()
    {
        var bucket = new TokenBucket(2, 1.0, Noon);
        bucket.TryTake(Noon.AddSeconds(10), 2);
        Assert.Equal(0.0, bucket.Available(Noon.AddSeconds(5)));
        Assert.Equal(1.0, bucket.Available(Noon.AddSeconds(11)));
    }

    public static void RetryAfterGrowsWithTheRequestsRefused()
    {
        var limiter = new RateLimiter(burst: 1, requestsPerSecond: 0.25);
        Assert.True(limiter.Allow("k", Noon), "first");
        Assert.False(limiter.Allow("k", Noon.AddSeconds(1)), "second");
        Assert.Equal(3, limiter.RetryAfterSeconds("k", Noon.AddSeconds(1)));
        Assert.True(limiter.Allow("k", Noon.AddSeconds(4)), "after the wait");
        Assert.False(limiter.Allow("k", Noon.AddSeconds(5)), "right after");
    }
}
