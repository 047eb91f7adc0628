using System.Text;

namespace Text;

public static class TextWrapper
{
    // Splits text into lines of at most width characters, breaking between words; a longer word gets a line of its own.
    public static List<string> Wrap(string text, int width)
    {
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width));
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    // Pads every line on the left so that the lines end in the same column.
    public static List<string> AlignRight(IEnumerable<string> lines, int width) =>
        lines.Select(l => l.PadLeft(width)).ToList();
}
