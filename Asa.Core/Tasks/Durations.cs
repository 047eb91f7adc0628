using System.Globalization;

namespace Asa.Core.Tasks;

/// <summary>Says a duration the way a person would read it in an error message.</summary>
public static class Durations
{
    public static string Describe(TimeSpan duration) => duration switch
    {
        { TotalHours: >= 1 } when duration.Minutes == 0 => Plural((int)duration.TotalHours, "hour"),
        { TotalHours: >= 1 } => $"{Plural((int)duration.TotalHours, "hour")} {Plural(duration.Minutes, "minute")}",
        { TotalMinutes: >= 1 } when duration.Seconds == 0 => Plural((int)duration.TotalMinutes, "minute"),
        { TotalMinutes: >= 1 } => $"{Plural((int)duration.TotalMinutes, "minute")} {Plural(duration.Seconds, "second")}",
        _ => $"{duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
