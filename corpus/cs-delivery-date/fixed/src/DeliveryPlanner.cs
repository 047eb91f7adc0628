namespace Logistics;

// Delivery dates counted in working days: no deliveries on weekends and public holidays.
public class DeliveryPlanner(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> holidays = new(holidays);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek != DayOfWeek.Saturday && day.DayOfWeek != DayOfWeek.Sunday && !holidays.Contains(day);

    // The date an order placed on orderDay arrives after the given number of working days in transit.
    public DateOnly DeliveryDate(DateOnly orderDay, int workingDays)
    {
        if (workingDays < 0) throw new ArgumentOutOfRangeException(nameof(workingDays));
        var day = orderDay;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    // The number of working days strictly after from, up to and including to.
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }
}
