using Asa.Protos.V1;

namespace Asa.Cli.Output;

/// <summary>The stages a task went through, from its status changes: when each began and how long it took.</summary>
public static class TaskTimeline
{
    public static IReadOnlyList<StageSpan> From(IEnumerable<TaskEvent> events)
    {
        var stages = new List<StageSpan>();
        foreach (var change in events.Where(e => e.StatusChange is not null))
        {
            var status = change.StatusChange;
            if (stages.Count > 0 && stages[^1].Stage == status.From)
            {
                stages[^1] = stages[^1] with { Duration = status.PreviousStageDuration?.ToTimeSpan() ?? change.Time?.ToDateTime() - stages[^1].StartedAt };
            }
            stages.Add(new StageSpan(status.To, change.Time?.ToDateTime(), Duration: null));
        }
        return stages;
    }
}

/// <summary>One stage: when it began and, once it is over, how long it took. Terminal statuses have no duration.</summary>
public sealed record StageSpan(TaskState Stage, DateTime? StartedAt, TimeSpan? Duration);
