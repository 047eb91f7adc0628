namespace Asa.Repair.Localization;

/// <summary>Line arithmetic over a file's text: which line an offset is on, and where each line starts.</summary>
internal sealed class SourceText
{
    private readonly List<int> lineStarts = [0];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length)
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int LineCount => Text.Length == 0 ? 0 : lineStarts.Count;

    /// <summary>The 1-based line holding the character at <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>Lines <paramref name="first"/>..<paramref name="last"/> (1-based, inclusive) exactly as they are in the file, line endings kept.</summary>
    public string Lines(int first, int last)
    {
        var start = lineStarts[first - 1];
        var end = last < lineStarts.Count ? lineStarts[last] : Text.Length;
        return Text[start..end];
    }

    public string Line(int number) => Lines(number, number).TrimEnd('\n', '\r');

    public static int CountLines(string text) => text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text[^1] == '\n' ? 0 : 1);
}
