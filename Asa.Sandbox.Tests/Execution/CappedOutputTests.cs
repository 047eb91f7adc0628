using System.Text;
using Asa.Sandbox.Execution;

namespace Asa.Sandbox.Tests.Execution;

public sealed class CappedOutputTests
{
    private readonly List<OutputChunk> delivered = [];

    private CappedOutput Create(int cap) => new(OutputStream.Stdout, cap, chunk =>
    {
        delivered.Add(chunk with { Data = chunk.Data.ToArray() });
        return ValueTask.CompletedTask;
    });

    private string Text => Encoding.ASCII.GetString(delivered.SelectMany(c => c.Data.ToArray()).ToArray());

    [Fact]
    public async Task OutputWithinTheCapIsDeliveredWhole()
    {
        var output = Create(10);

        await output.WriteAsync("abc"u8.ToArray());
        await output.WriteAsync("defg"u8.ToArray());
        await output.FlushAsync();

        Assert.Equal("abcdefg", Text);
        Assert.Equal(0, output.Dropped);
    }

    [Fact]
    public async Task KeepsTheHeadAndTheTailAndCountsTheMiddle()
    {
        var output = Create(6);

        foreach (var piece in new[] { "ab", "cdefg", "hij", "k", "lmnopq" })
        {
            await output.WriteAsync(Encoding.ASCII.GetBytes(piece));
        }

        await output.FlushAsync();

        Assert.Equal("abcopq", Text);
        Assert.Equal(11, output.Dropped);
        Assert.Equal(11, delivered.Sum(c => c.DroppedBefore));
    }

    [Fact]
    public async Task AWrappedTailComesOutInOrder()
    {
        var output = Create(8);

        await output.WriteAsync("0123"u8.ToArray());
        foreach (var piece in new[] { "ab", "cd", "e", "fgh" })
        {
            await output.WriteAsync(Encoding.ASCII.GetBytes(piece));
        }

        await output.FlushAsync();

        Assert.Equal("0123efgh", Text);
        Assert.Equal(4, output.Dropped);
    }
}
