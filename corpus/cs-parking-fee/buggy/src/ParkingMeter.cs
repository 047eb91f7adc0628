namespace Parking;

/// <summary>Prices: per started hour up to a cap for each day, a flat price for a stay within one weekend, a short free stay.</summary>
public sealed record Tariff(decimal HourlyRate, decimal DailyCap, decimal WeekendFlatRate, int FreeMinutes);

public sealed class ParkingMeter(Tariff tariff)
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly TimeSpan LongestWeekendStay = TimeSpan.FromDays(2);

    public decimal Fee(DateTime entry, DateTime exit)
    {
        if (exit < entry)
        {
            throw new ArgumentException($"exit {exit} is before entry {entry}", nameof(exit));
        }
        var stay = exit - entry;
        var minutes = (int)Math.Ceiling(stay.TotalMinutes);
        if (minutes <= tariff.FreeMinutes)
        {
            return 0m;
        }
        var withinOneWeekend = IsWeekend(entry) || IsWeekend(exit) && stay <= LongestWeekendStay;
        if (withinOneWeekend)
        {
            return tariff.WeekendFlatRate;
        }
        var fullDays = minutes / MinutesPerDay;
        var startedHours = (minutes % MinutesPerDay + 59) / 60;
        return fullDays * tariff.DailyCap + Math.Min(startedHours * tariff.HourlyRate, tariff.DailyCap);
    }

    private static bool IsWeekend(DateTime time) => time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
