using System.Text;
using Asa.Repair.Edits;

namespace Asa.Repair.Tests;

public sealed class TextEncodingTests
{
    [Fact]
    public void Utf8Latin1AndAByteOrderMarkEachRoundTripByteForByte()
    {
        byte[][] files =
        [
            Encoding.UTF8.GetBytes("caf\u00e9 = 1\r\n"),
            Encoding.Latin1.GetBytes("caf\u00e9 = 1\n"),
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("x = 'd\u00e9j\u00e0'\n")],
        ];

        foreach (var bytes in files)
        {
            var (text, encoding) = TextEncoding.Decode(bytes);
            Assert.Equal(bytes, encoding.Encode(text));
            Assert.Contains("\u00e9", text);
        }
        Assert.Equal([TextEncoding.Utf8, TextEncoding.Latin1, TextEncoding.Utf8WithBom], files.Select(f => TextEncoding.Decode(f).Encoding));
    }

    [Fact]
    public void TextLatin1CannotHoldIsWrittenAsUtf8() =>
        Assert.Equal(Encoding.UTF8.GetBytes("\u20ac"), TextEncoding.Latin1.Encode("\u20ac"));
}
