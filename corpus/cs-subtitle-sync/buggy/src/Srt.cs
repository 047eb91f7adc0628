namespace SubtitleSync;

/// <summary>Reads and writes SubRip (.srt) files: numbered blocks of a timing line and text, separated by blank lines.</summary>
public static class Srt
{
    private enum Expect { Number, Timing, Text }

    public static List<Cue> Parse(string srt)
    {
        var cues = new List<Cue>();
        var text = new List<string>();
        var expect = Expect.Number;
        var number = 0;
        TimeSpan start = default, end = default;
        var lineNumber = 0;

        foreach (var raw in srt.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            switch (expect)
            {
                case Expect.Number:
                    if (line.Length == 0) continue; // extra blank lines between blocks
                    if (!int.TryParse(line, out number)) throw new FormatException($"line {lineNumber}: expected a subtitle number, found '{line}'");
                    expect = Expect.Timing;
                    break;

                case Expect.Timing:
                    (start, end) = ParseTiming(line, lineNumber);
                    expect = Expect.Text;
                    break;

                case Expect.Text:
                    if (line.Length > 0)
                    {
                        text.Add(line);
                        break;
                    }
                    cues.Add(new Cue(number, start, end, string.Join("\n", text)));
                    expect = Expect.Number;
                    break;
            }
        }

        // the last block need not end with a blank line
        if (expect == Expect.Text) cues.Add(new Cue(number, start, end, string.Join("\n", text)));
        else if (expect == Expect.Timing) throw new FormatException($"line {lineNumber}: subtitle {number} has no timing");
        return cues;
    }

    private static (TimeSpan Start, TimeSpan End) ParseTiming(string line, int lineNumber)
    {
        var arrow = line.IndexOf("-->", StringComparison.Ordinal);
        if (arrow < 0
            || !Cue.TryParseTime(line[..arrow], out var start)
            || !Cue.TryParseTime(line[(arrow + 3)..], out var end))
        {
            throw new FormatException($"line {lineNumber}: expected '00:00:01,000 --> 00:00:02,500', found '{line}'");
        }
        if (end < start) throw new FormatException($"line {lineNumber}: subtitle ends before it starts");
        return (start, end);
    }

    public static string Write(IEnumerable<Cue> cues) =>
        string.Concat(cues.Select(c => $"{c.Number}\n{Cue.FormatTime(c.Start)} --> {Cue.FormatTime(c.End)}\n{c.Text}\n\n"));
}
