using Tail;

public static class HeldBackTests
{
    private static LogLine Line(int second, Severity severity, string message) => new(new TimeOnly(9, 30, second), severity, message);

    public static void ToArrayHoldsTheNewestItemsAtEveryFill()
    {
        for (var capacity = 1; capacity <= 5; capacity++)
        {
            for (var added = 0; added <= 12; added++)
            {
                var buffer = new RingBuffer<int>(capacity);
                for (var i = 0; i < added; i++) buffer.Add(i);
                var kept = Math.Min(added, capacity);
                Assert.SequenceEqual(Enumerable.Range(added - kept, kept), buffer.ToArray());
            }
        }
    }

    public static void RemovingThenAddingWrapsRound()
    {
        var buffer = new RingBuffer<string>(3);
        foreach (var s in new[] { "x", "y", "z" }) buffer.Add(s);
        Assert.Equal("x", buffer.RemoveOldest());
        buffer.Add("w");
        Assert.SequenceEqual(["y", "z", "w"], buffer.ToArray());
        Assert.Equal("y", buffer.RemoveOldest());
        Assert.SequenceEqual(["z", "w"], buffer.ToArray());
    }

    public static void WarningsAndErrorsAfterTheTailFilledUp()
    {
        var tail = new LogTail(4);
        tail.Append(Line(1, Severity.Error, "boot failed"));
        tail.Append(Line(2, Severity.Info, "retrying"));
        tail.Append(Line(3, Severity.Warning, "slow disk"));
        tail.Append(Line(4, Severity.Debug, "cache miss"));
        tail.Append(Line(5, Severity.Error, "db timeout"));
        tail.Append(Line(6, Severity.Info, "recovered"));
        Assert.SequenceEqual(["slow disk", "db timeout"], tail.AtLeast(Severity.Warning).Select(l => l?.Message));
    }

    public static void RenderAfterDrops()
    {
        var tail = new LogTail(2);
        tail.Append(Line(1, Severity.Info, "one"));
        tail.Append(Line(2, Severity.Info, "two"));
        tail.Append(Line(3, Severity.Warning, "three"));
        tail.Append(Line(4, Severity.Error, "four"));
        tail.Append(Line(5, Severity.Info, "five"));
        Assert.Equal(3, tail.Dropped);
        Assert.Equal("... 3 earlier lines\n09:30:04 ERROR   four\n09:30:05 INFO    five", tail.Render());
    }

    public static void FewerLatestThanKept()
    {
        var tail = new LogTail(3);
        foreach (var second in Enumerable.Range(1, 7)) tail.Append(Line(second, Severity.Info, $"m{second}"));
        Assert.SequenceEqual(["m6", "m7"], tail.Latest(2).Select(l => l?.Message));
        Assert.SequenceEqual(["m5", "m6", "m7"], tail.Latest(10).Select(l => l?.Message));
    }
}
