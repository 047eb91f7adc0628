using System.Text;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// A diff's bytes as text, file by file: UTF-8 where a file's part is valid UTF-8, else Latin-1, which keeps every byte
/// of a file in another encoding as one character, so the worker can apply the diff and write the file back byte for byte.
/// </summary>
public static class DiffText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] FileHeader = "\ndiff --git "u8.ToArray();

    public static string Decode(byte[] diff)
    {
        var text = new StringBuilder(diff.Length);
        var start = 0;
        while (start < diff.Length)
        {
            var next = diff.AsSpan(start + 1).IndexOf(FileHeader);
            var end = next < 0 ? diff.Length : start + 1 + next + 1;
            text.Append(DecodePart(diff.AsSpan(start, end - start)));
            start = end;
        }
        return text.ToString();
    }

    private static string DecodePart(ReadOnlySpan<byte> part)
    {
        try
        {
            return StrictUtf8.GetString(part);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(part);
        }
    }
}
