using Tail;

public static class LogTailTests
{
    private static LogLine Line(int second, Severity severity, string message) => new(new TimeOnly(9, 30, second), severity, message);

    public static void EmptyBufferHasNothingToRemove()
    {
        var buffer = new RingBuffer<int>(4);
        Assert.Equal(0, buffer.ToArray().Length);
        Assert.Throws<InvalidOperationException>(() => buffer.RemoveOldest());
    }

    public static void BufferKeepsItemsInOrderUntilFull()
    {
        var buffer = new RingBuffer<int>(3);
        Assert.False(buffer.Add(1), "first add dropped an item");
        Assert.False(buffer.Add(2), "second add dropped an item");
        Assert.SequenceEqual([1, 2], buffer.ToArray());
    }

    public static void IndexerCountsFromTheOldestAfterWrapping()
    {
        var buffer = new RingBuffer<int>(3);
        foreach (var i in new[] { 1, 2, 3, 4, 5 }) buffer.Add(i);
        Assert.Equal(3, buffer.Count);
        Assert.Equal(3, buffer[0]);
        Assert.Equal(5, buffer[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = buffer[3]);
    }

    public static void LineShowsTimeSeverityAndMessage()
    {
        Assert.Equal("09:30:07 WARNING disk 91% full", Line(7, Severity.Warning, "disk 91% full").ToString());
    }

    public static void TailThatNeverFilledUp()
    {
        var tail = new LogTail(5);
        tail.Append(Line(1, Severity.Info, "started"));
        tail.Append(Line(2, Severity.Error, "db timeout"));
        Assert.Equal(0, tail.Dropped);
        Assert.Equal("09:30:01 INFO    started\n09:30:02 ERROR   db timeout", tail.Render());
    }

    public static void LatestLinesOnceOlderOnesWereDropped()
    {
        var tail = new LogTail(3);
        foreach (var (second, message) in new[] { (1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e") })
            tail.Append(Line(second, Severity.Info, message));
        Assert.Equal(2, tail.Dropped);
        Assert.SequenceEqual(["c", "d", "e"], tail.Latest(3).Select(l => l?.Message));
    }
}
