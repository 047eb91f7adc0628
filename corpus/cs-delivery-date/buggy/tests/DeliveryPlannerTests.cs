using Logistics;

public static class DeliveryPlannerTests
{
    private static readonly DeliveryPlanner Planner = new(new[] { new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26) });

    public static void WeekendIsNotAWorkingDay()
    {
        Assert.False(Planner.IsWorkingDay(new DateOnly(2025, 11, 29)), "Saturday is a working day");
        Assert.True(Planner.IsWorkingDay(new DateOnly(2025, 11, 28)), "Friday is a working day");
    }

    public static void HolidayIsNotAWorkingDay()
    {
        Assert.False(Planner.IsWorkingDay(new DateOnly(2025, 12, 25)), "Christmas is a working day");
    }

    public static void CountsWorkingDaysOverAWeekend()
    {
        Assert.Equal(3, Planner.WorkingDaysBetween(new DateOnly(2025, 11, 27), new DateOnly(2025, 12, 2)));
    }

    public static void TwoDaysFromWednesdayIsFriday()
    {
        Assert.Equal(new DateOnly(2025, 11, 28), Planner.DeliveryDate(new DateOnly(2025, 11, 26), 2));
    }
}
