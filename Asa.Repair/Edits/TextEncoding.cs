using System.Text;

namespace Asa.Repair.Edits;

/// <summary>
/// How a file's bytes are text: UTF-8 (with or without a byte order mark) when they are valid UTF-8, else Latin-1, which
/// maps every byte to one character and back. A file is written back in the encoding it was read in, so a change to
/// one line leaves every other byte as it was.
/// </summary>
public sealed record TextEncoding(string Name)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static TextEncoding Utf8 { get; } = new("UTF-8");

    public static TextEncoding Utf8WithBom { get; } = new("UTF-8 with BOM");

    public static TextEncoding Latin1 { get; } = new("Latin-1");

    /// <summary>The text (without a byte order mark) and the encoding it was read in.</summary>
    public static (string Text, TextEncoding Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        var withBom = bytes.StartsWith(Bom);
        try
        {
            return (StrictUtf8.GetString(withBom ? bytes[Bom.Length..] : bytes), withBom ? Utf8WithBom : Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), Latin1);
        }
    }

    /// <summary>The text as bytes in this encoding; text Latin-1 cannot hold (a character past U+00FF) is written as UTF-8.</summary>
    public byte[] Encode(string text)
    {
        if (this == Latin1)
        {
            return text.All(c => c <= '\u00FF') ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        }
        var utf8 = Encoding.UTF8.GetBytes(text);
        return this == Utf8WithBom ? [.. Bom, .. utf8] : utf8;
    }
}
