using System.Buffers.Binary;

namespace Asa.Api.Tasks;

/// <summary>Where a page of tasks ended; opaque to clients as a page token.</summary>
public sealed record TaskPageCursor(DateTime CreatedAt, Guid TaskId)
{
    private const int TokenLength = 8 + 16;

    public string ToToken()
    {
        Span<byte> bytes = stackalloc byte[TokenLength];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.Ticks);
        TaskId.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryParse(string token, out TaskPageCursor? cursor)
    {
        cursor = null;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        Span<byte> bytes = stackalloc byte[TokenLength + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != TokenLength)
        {
            return false;
        }
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }
        cursor = new TaskPageCursor(new DateTime(ticks, DateTimeKind.Utc), new Guid(bytes[8..TokenLength], bigEndian: true));
        return true;
    }
}
