using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Sandbox.Grpc;

/// <summary>
/// Reads the data of a client-streamed upload as one stream, without holding it all in memory; it starts with
/// the data of the chunk already read (the first, which also carried the metadata).
/// </summary>
public sealed class ChunkStream(ReadOnlyMemory<byte> alreadyRead, IAsyncStreamReader<CreateWorkspaceChunk> chunks, CancellationToken cancellationToken)
    : Stream
{
    private ReadOnlyMemory<byte> current = alreadyRead;
    private bool ended;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken token = default)
    {
        while (current.IsEmpty && !ended)
        {
            if (await chunks.MoveNext(cancellationToken))
            {
                current = chunks.Current.Data.Memory;
            }
            else
            {
                ended = true;
            }
        }
        var count = Math.Min(buffer.Length, current.Length);
        current[..count].CopyTo(buffer);
        current = current[count..];
        return count;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
