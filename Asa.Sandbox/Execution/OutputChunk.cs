namespace Asa.Sandbox.Execution;

public enum OutputStream
{
    Stdout,
    Stderr,
}

/// <summary>Bytes a command wrote, delivered as they come.</summary>
/// <param name="DroppedBefore">Bytes of the same stream dropped just before this chunk (only the first tail chunk has any).</param>
public readonly record struct OutputChunk(OutputStream Stream, ReadOnlyMemory<byte> Data, long DroppedBefore = 0);
