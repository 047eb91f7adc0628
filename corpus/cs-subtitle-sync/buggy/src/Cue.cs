using System.Globalization;

namespace SubtitleSync;

/// <summary>One subtitle: its number in the file, when it shows, and its text (lines joined by "\n").</summary>
public sealed record Cue(int Number, TimeSpan Start, TimeSpan End, string Text)
{
    public TimeSpan Duration => End - Start;

    /// <summary>SRT's clock format, "01:02:03,456".</summary>
    public static string FormatTime(TimeSpan time) =>
        $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00},{time.Milliseconds:000}";

    /// <summary>Reads "01:02:03,456"; some tools write a dot before the milliseconds, which is accepted too.</summary>
    public static bool TryParseTime(string text, out TimeSpan time)
    {
        time = default;
        var parts = text.Trim().Replace('.', ',').Split(':', ',');
        if (parts.Length != 4) return false;
        var numbers = new int[4];
        for (var i = 0; i < 4; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        if (numbers[1] > 59 || numbers[2] > 59 || numbers[3] > 999) return false;
        time = new TimeSpan(0, numbers[0], numbers[1], numbers[2], numbers[3]);
        return true;
    }
}
