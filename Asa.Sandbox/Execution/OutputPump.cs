using System.Buffers;

namespace Asa.Sandbox.Execution;

/// <summary>Reads stdout and stderr as they come, caps each, and hands chunks on one at a time.</summary>
internal sealed class OutputPump : IDisposable
{
    private const int ReadBufferBytes = 16 * 1024;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Func<OutputChunk, ValueTask> onOutput;

    public OutputPump(Func<OutputChunk, ValueTask> onOutput, int capBytes)
    {
        this.onOutput = onOutput;
        Stdout = new CappedOutput(OutputStream.Stdout, capBytes, DeliverAsync);
        Stderr = new CappedOutput(OutputStream.Stderr, capBytes, DeliverAsync);
    }

    public CappedOutput Stdout { get; }

    public CappedOutput Stderr { get; }

    /// <summary>Copies until end of stream, which comes once every process holding the pipe is gone.</summary>
    public async Task PumpAsync(Stream source, CappedOutput into)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, ReadBufferBytes))) > 0)
            {
                await into.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task FlushTailsAsync()
    {
        await Stdout.FlushAsync();
        await Stderr.FlushAsync();
    }

    public void Dispose() => gate.Dispose();

    private async ValueTask DeliverAsync(OutputChunk chunk)
    {
        await gate.WaitAsync();
        try
        {
            await onOutput(chunk);
        }
        finally
        {
            gate.Release();
        }
    }
}
