using System.Text;

namespace Compression;

// Run-length encoding of text without digits: "AAABCC" is "3A1B2C".
public static class RunLength
{
    public static string Encode(string text)
    {
        if (text.Any(char.IsDigit)) throw new ArgumentException("Digits cannot be encoded", nameof(text));
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = text[i];
            var run = 1;
            while (i + 1 < text.Length && text[i + 1] == symbol)
            {
                run++;
                i++;
            }
            result.Append(i).Append(symbol);
        }
        return result.ToString();
    }

    public static string Decode(string encoded)
    {
        var result = new StringBuilder();
        var count = 0;
        foreach (var c in encoded)
        {
            if (char.IsDigit(c))
            {
                count = count * 10 + (c - '0');
                continue;
            }
            if (count == 0) throw new FormatException($"Missing count before '{c}'");
            result.Append(c, count);
            count = 0;
        }
        if (count != 0) throw new FormatException("Count at the end without a symbol");
        return result.ToString();
    }
}
