using Planning;

public static class HeldBackTests
{
    public static void NewTeamHasNoVelocity()
    {
        Assert.Equal(null, new VelocityForecast().Velocity());
    }

    public static void NewTeamHasNoFinishDate()
    {
        Assert.Equal(null, new VelocityForecast(sprintLengthDays: 7).FinishDate(40, new DateOnly(2026, 5, 4)));
    }

    public static void NewTeamHasNoReliability()
    {
        Assert.Equal(null, new VelocityForecast().Reliability());
    }

    public static void EmptyBacklogNeedsNoSprint()
    {
        Assert.Equal(0, new VelocityForecast().SprintsToFinish(0));
    }

    public static void TeamThatCompletedNothingHasNoForecast()
    {
        var forecast = new VelocityForecast().Add(new Sprint(1, 20, 0));
        Assert.Equal(0.0, forecast.Velocity());
        Assert.Equal(null, forecast.SprintsToFinish(10));
        Assert.Equal(0, forecast.Reliability());
    }

    public static void ShorterWindowAndWeeklySprints()
    {
        var forecast = new VelocityForecast(sprintLengthDays: 7, window: 2)
            .Add(new Sprint(1, 10, 4)).Add(new Sprint(2, 10, 9)).Add(new Sprint(5, 12, 12));
        Assert.Equal(10.5, forecast.Velocity());
        Assert.Equal(5, forecast.SprintsToFinish(50));
        Assert.Equal(new DateOnly(2026, 6, 4), forecast.FinishDate(50, new DateOnly(2026, 5, 1)));
        Assert.Equal(78, forecast.Reliability());
    }
}
