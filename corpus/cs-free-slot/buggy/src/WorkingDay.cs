namespace Calendar;

/// <summary>The hours in which meetings may be booked; meetings may overlap each other and the day's edges.</summary>
public sealed class WorkingDay(TimeSpan dayStart, TimeSpan dayEnd)
{
    /// <summary>The earliest time a meeting of <paramref name="length"/> fits in the day between the others, or null.</summary>
    public TimeSpan? EarliestFreeSlot(IEnumerable<Meeting> meetings, TimeSpan length)
    {
        var cursor = dayStart;
        foreach (var meeting in meetings.Where(m => m.Start < dayEnd).OrderBy(m => m.Start))
        {
            if (meeting.Start - cursor >= length)
            {
                return cursor;
            }
            if (meeting.End > cursor)
            {
                cursor = meeting.End;
            }
        }
        return cursor;
    }

    /// <summary>The free stretches of the day, in order.</summary>
    public IReadOnlyList<(TimeSpan Start, TimeSpan End)> FreePeriods(IEnumerable<Meeting> meetings)
    {
        var free = new List<(TimeSpan, TimeSpan)>();
        var cursor = dayStart;
        foreach (var meeting in meetings.OrderBy(m => m.Start))
        {
            var gapEnd = meeting.Start < dayEnd ? meeting.Start : dayEnd;
            if (gapEnd > cursor)
            {
                free.Add((cursor, gapEnd));
            }
            if (meeting.End > cursor)
            {
                cursor = meeting.End;
            }
        }
        if (dayEnd > cursor)
        {
            free.Add((cursor, dayEnd));
        }
        return free;
    }

    /// <summary>How much of the day is taken by meetings, counting overlaps once.</summary>
    public TimeSpan BusyTime(IEnumerable<Meeting> meetings)
    {
        var free = FreePeriods(meetings).Aggregate(TimeSpan.Zero, (total, period) => total + (period.End - period.Start));
        return dayEnd - dayStart - free;
    }

    /// <summary>The earliest time everyone in <paramref name="calendars"/> is free for <paramref name="length"/>.</summary>
    public TimeSpan? FirstCommonSlot(IEnumerable<IEnumerable<Meeting>> calendars, TimeSpan length) =>
        EarliestFreeSlot(calendars.SelectMany(calendar => calendar), length);
}
