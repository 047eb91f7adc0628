namespace Calendar;

/// <summary>A meeting on one day; times are offsets from midnight.</summary>
public sealed record Meeting
{
    public Meeting(string title, TimeSpan start, TimeSpan end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"'{title}' ends at {end} before it starts at {start}");
        }
        (Title, Start, End) = (title, start, end);
    }

    public string Title { get; }
    public TimeSpan Start { get; }
    public TimeSpan End { get; }

    public static Meeting At(string title, string start, string end) => new(title, TimeSpan.Parse(start), TimeSpan.Parse(end));
}
