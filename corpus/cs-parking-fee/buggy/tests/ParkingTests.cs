using Parking;

public static class ParkingTests
{
    private static readonly Tariff Standard = new(HourlyRate: 2.00m, DailyCap: 15.00m, WeekendFlatRate: 8.00m, FreeMinutes: 15);

    private static decimal Fee(string entry, string exit) =>
        new ParkingMeter(Standard).Fee(DateTime.Parse(entry), DateTime.Parse(exit));

    public static void AShortStopIsFree()
    {
        Assert.Equal(0m, Fee("2025-06-03 09:00", "2025-06-03 09:12"));
    }

    public static void EveryStartedHourIsCharged()
    {
        Assert.Equal(6.00m, Fee("2025-06-03 09:00", "2025-06-03 11:20"));
    }

    public static void AWeekdayIsCappedAtTheDailyRate()
    {
        Assert.Equal(15.00m, Fee("2025-06-03 08:00", "2025-06-03 20:00"));
    }

    public static void SeveralDaysAreChargedDayByDay()
    {
        Assert.Equal(34.00m, Fee("2025-06-03 09:00", "2025-06-05 11:00"));
    }

    public static void AStayWithinTheWeekendIsFlat()
    {
        Assert.Equal(8.00m, Fee("2025-06-07 10:00", "2025-06-08 16:00"));
    }

    public static void FridayNightIntoSaturdayIsNotAWeekendStay()
    {
        Assert.Equal(15.00m, Fee("2025-06-06 18:00", "2025-06-07 10:00"));
    }

    public static void AFullCarParkTurnsCarsAway()
    {
        var garage = new Garage(1, new ParkingMeter(Standard));
        garage.Enter(DateTime.Parse("2025-06-03 09:00"));
        Assert.Throws<InvalidOperationException>(() => garage.Enter(DateTime.Parse("2025-06-03 09:05")));
    }
}
