namespace Asa.Repair.Edits;

/// <summary>Splits text into lines that keep their terminators, so joining them gives back the text exactly.</summary>
internal static class TextLines
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    public static string WithoutTerminator(string line) => line.TrimEnd('\n').TrimEnd('\r');

    public static bool HasTerminator(string line) => line.EndsWith('\n');

    /// <summary>The file's own line ending, so edits written with '\n' do not leave a CRLF file with mixed endings.</summary>
    public static string LineEndingOf(string? text) => text is not null && text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    public static string WithLineEnding(string text, string lineEnding) =>
        lineEnding == "\n" ? text : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", lineEnding, StringComparison.Ordinal);
}
