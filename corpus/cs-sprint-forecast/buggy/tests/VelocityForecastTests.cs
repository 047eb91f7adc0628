using Planning;

public static class VelocityForecastTests
{
    private static VelocityForecast FourSprints() => new VelocityForecast()
        .Add(new Sprint(1, 15, 10)).Add(new Sprint(2, 25, 20)).Add(new Sprint(3, 30, 30)).Add(new Sprint(4, 40, 40));

    public static void VelocityIsTheAverageOfTheLastThreeSprints()
    {
        Assert.Equal(30.0, FourSprints().Velocity());
    }

    public static void OneSprintIsEnoughForAVelocity()
    {
        Assert.Equal(12.0, new VelocityForecast().Add(new Sprint(1, 20, 12)).Velocity());
    }

    public static void SprintsToFinishRoundUp()
    {
        Assert.Equal(4, FourSprints().SprintsToFinish(100));
        Assert.Equal(3, FourSprints().SprintsToFinish(90));
    }

    public static void FinishDateIsTheLastDayOfTheLastSprint()
    {
        Assert.Equal(new DateOnly(2026, 3, 29), FourSprints().FinishDate(60, new DateOnly(2026, 3, 2)));
    }

    public static void SprintsMustComeInOrder()
    {
        var forecast = new VelocityForecast().Add(new Sprint(2, 10, 10));
        Assert.Throws<ArgumentException>(() => forecast.Add(new Sprint(2, 10, 8)));
    }

    public static void NewTeamHasNoForecastYet()
    {
        Assert.Equal(null, new VelocityForecast().SprintsToFinish(40));
    }
}
