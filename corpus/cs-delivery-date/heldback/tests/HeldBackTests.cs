using Logistics;

public static class HeldBackTests
{
    private static readonly DeliveryPlanner Planner = new(new[] { new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26) });

    public static void FridayOrderSkipsTheWeekend()
    {
        Assert.Equal(new DateOnly(2025, 12, 2), Planner.DeliveryDate(new DateOnly(2025, 11, 28), 2));
    }

    public static void ChristmasHolidaysAreSkipped()
    {
        Assert.Equal(new DateOnly(2025, 12, 30), Planner.DeliveryDate(new DateOnly(2025, 12, 23), 3));
    }

    public static void ZeroDaysIsTheOrderDay()
    {
        Assert.Equal(new DateOnly(2025, 11, 29), Planner.DeliveryDate(new DateOnly(2025, 11, 29), 0));
    }

    public static void DeliveryAgreesWithWorkingDaysBetween()
    {
        var start = new DateOnly(2025, 12, 17);
        for (var n = 1; n <= 12; n++)
        {
            var arrival = Planner.DeliveryDate(start, n);
            Assert.True(Planner.IsWorkingDay(arrival), $"arrival {arrival} is a working day");
            Assert.Equal(n, Planner.WorkingDaysBetween(start, arrival));
        }
    }
}
