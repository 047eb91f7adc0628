namespace Planning;

/// <summary>
/// Forecasts how long a backlog will take from a team's recent velocity: the points completed in the last few
/// sprints. A team without history has no velocity yet, and so no forecast.
/// </summary>
public sealed class VelocityForecast(int sprintLengthDays = 14, int window = 3)
{
    private readonly List<Sprint> sprints = new();

    public IReadOnlyList<Sprint> Sprints => sprints;

    public VelocityForecast Add(Sprint sprint)
    {
        sprint.Validated();
        if (sprints.Count > 0 && sprint.Number <= sprints[^1].Number)
            throw new ArgumentException($"sprint {sprint.Number} does not follow sprint {sprints[^1].Number}");
        sprints.Add(sprint);
        return this;
    }

    /// <summary>Average points completed in the last <c>window</c> sprints (all of them while there are fewer).</summary>
    public double? Velocity()
    {
        var recent = sprints.TakeLast(window).ToList();
        if (recent.Count == 0) return null;
        return recent.Average(s => s.CompletedPoints);
    }

    /// <summary>Whole sprints needed to complete the backlog; null while the velocity is unknown or zero.</summary>
    public int? SprintsToFinish(int backlogPoints)
    {
        if (backlogPoints < 0) throw new ArgumentOutOfRangeException(nameof(backlogPoints));
        if (backlogPoints == 0) return 0;
        var velocity = Velocity();
        if (velocity is null or <= 0) return null;
        return (int)Math.Ceiling(backlogPoints / velocity.Value);
    }

    /// <summary>The last day of the sprint in which the backlog should be done, for sprints starting on nextSprintStart.</summary>
    public DateOnly? FinishDate(int backlogPoints, DateOnly nextSprintStart)
    {
        var sprintsNeeded = SprintsToFinish(backlogPoints);
        if (sprintsNeeded is null) return null;
        if (sprintsNeeded == 0) return nextSprintStart;
        return nextSprintStart.AddDays(sprintsNeeded.Value * sprintLengthDays - 1);
    }

    /// <summary>Share of the committed points that were completed over all sprints, in whole percent.</summary>
    public int? Reliability()
    {
        var committed = sprints.Sum(s => s.CommittedPoints);
        if (committed == 0) return null;
        var completed = sprints.Sum(s => s.CompletedPoints);
        return (int)Math.Round(100.0 * completed / committed, MidpointRounding.AwayFromZero);
    }
}
