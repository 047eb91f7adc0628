using Parking;

public static class HeldBackTests
{
    private static readonly Tariff Standard = new(HourlyRate: 2.00m, DailyCap: 15.00m, WeekendFlatRate: 8.00m, FreeMinutes: 15);

    private static decimal Fee(string entry, string exit) =>
        new ParkingMeter(Standard).Fee(DateTime.Parse(entry), DateTime.Parse(exit));

    public static void SaturdayIntoMondayIsChargedByTheDay()
    {
        Assert.Equal(30.00m, Fee("2025-06-07 09:00", "2025-06-09 08:00"));
    }

    public static void SundayNightIntoMondayIsChargedByTheHour()
    {
        Assert.Equal(6.00m, Fee("2025-06-08 22:00", "2025-06-09 01:00"));
    }

    public static void AWeekLongStayFromSaturdayIsNotFlat()
    {
        Assert.Equal(105.00m, Fee("2025-06-07 10:00", "2025-06-14 10:00"));
    }

    public static void AnHourOnSaturdayIsTheFlatRate()
    {
        Assert.Equal(8.00m, Fee("2025-06-07 10:00", "2025-06-07 11:00"));
        Assert.Equal(0m, Fee("2025-06-07 10:00", "2025-06-07 10:15"));
    }

    public static void TheGarageAddsUpItsTakings()
    {
        var garage = new Garage(3, new ParkingMeter(Standard));
        var weekday = garage.Enter(DateTime.Parse("2025-06-06 16:00"));
        var overnight = garage.Enter(DateTime.Parse("2025-06-06 20:00"));
        var weekend = garage.Enter(DateTime.Parse("2025-06-07 09:00"));
        Assert.Equal(4.00m, garage.Leave(weekday, DateTime.Parse("2025-06-06 17:30")));
        Assert.Equal(15.00m, garage.Leave(overnight, DateTime.Parse("2025-06-07 08:00")));
        Assert.Equal(8.00m, garage.Leave(weekend, DateTime.Parse("2025-06-08 12:00")));
        Assert.Equal(27.00m, garage.Takings);
        Assert.Equal(0, garage.Occupied);
    }
}
