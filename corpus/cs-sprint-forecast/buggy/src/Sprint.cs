namespace Planning;

/// <summary>A finished sprint: the story points the team committed to and the points it completed.</summary>
public sealed record Sprint(int Number, int CommittedPoints, int CompletedPoints)
{
    public Sprint Validated()
    {
        if (Number < 1) throw new ArgumentOutOfRangeException(nameof(Number), Number, "sprints are numbered from 1");
        if (CommittedPoints < 0 || CompletedPoints < 0) throw new ArgumentException($"sprint {Number} has negative points");
        return this;
    }
}
