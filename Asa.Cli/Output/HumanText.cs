using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Asa.Cli.Output;

/// <summary>Durations, times and sizes the way a person reads them.</summary>
public static class HumanText
{
    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalSeconds: < 0 } => "0.0s",
        { TotalSeconds: < 60 } => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0}s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}m{duration.Seconds:00}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}h{duration.Minutes:00}m"),
    };

    public static string Duration(Duration? duration) => duration is null ? "" : Duration(duration.ToTimeSpan());

    /// <summary>UTC, to the second; empty when unset.</summary>
    public static string Time(Timestamp? time) => time is null ? "" : Time(time.ToDateTime());

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
    };

    public static string Money(double usd) => string.Create(CultureInfo.InvariantCulture, $"${usd:0.0000}");

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The first line of a text, cut to a length that fits a table cell.</summary>
    public static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
