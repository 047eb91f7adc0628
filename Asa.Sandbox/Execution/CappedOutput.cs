namespace Asa.Sandbox.Execution;

/// <summary>
/// One output stream kept as head and tail: the first half of the cap is delivered as it comes, the last
/// half is held in a ring and delivered at the end, and only a count of the middle is kept.
/// </summary>
internal sealed class CappedOutput(OutputStream stream, int capBytes, Func<OutputChunk, ValueTask> deliver)
{
    private readonly int headLimit = capBytes / 2;
    private readonly int tailLimit = capBytes - (capBytes / 2);
    private long headDelivered;
    private byte[]? tail;
    private int tailStart;
    private int tailLength;

    public long Dropped { get; private set; }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        if (headDelivered < headLimit)
        {
            var count = (int)Math.Min(data.Length, headLimit - headDelivered);
            await deliver(new OutputChunk(stream, data[..count]));
            headDelivered += count;
            data = data[count..];
        }

        if (!data.IsEmpty)
        {
            KeepInTail(data.Span);
        }
    }

    public async ValueTask FlushAsync()
    {
        if (tail is null || tailLength == 0)
        {
            return;
        }

        var first = Math.Min(tailLength, tailLimit - tailStart);
        await deliver(new OutputChunk(stream, tail.AsMemory(tailStart, first), Dropped));
        if (tailLength > first)
        {
            await deliver(new OutputChunk(stream, tail.AsMemory(0, tailLength - first)));
        }

        tailLength = 0;
    }

    private void KeepInTail(ReadOnlySpan<byte> data)
    {
        tail ??= new byte[tailLimit];
        if (data.Length >= tailLimit)
        {
            Dropped += tailLength + data.Length - tailLimit;
            data[^tailLimit..].CopyTo(tail);
            tailStart = 0;
            tailLength = tailLimit;
            return;
        }

        var overflow = tailLength + data.Length - tailLimit;
        if (overflow > 0)
        {
            tailStart = (tailStart + overflow) % tailLimit;
            tailLength -= overflow;
            Dropped += overflow;
        }

        var writeAt = (tailStart + tailLength) % tailLimit;
        var untilEnd = Math.Min(data.Length, tailLimit - writeAt);
        data[..untilEnd].CopyTo(tail.AsSpan(writeAt));
        data[untilEnd..].CopyTo(tail);
        tailLength += data.Length;
    }
}
