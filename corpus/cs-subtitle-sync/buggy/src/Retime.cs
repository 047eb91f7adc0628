namespace SubtitleSync;

/// <summary>Moves subtitles to match a different cut or frame rate of the video.</summary>
public static class Retime
{
    /// <summary>
    /// Moves every cue by the offset. Cues pushed wholly before the start of the video are dropped, one that straddles it
    /// starts at zero, and the cues that are left are numbered again from 1.
    /// </summary>
    public static List<Cue> Shift(IEnumerable<Cue> cues, TimeSpan offset)
    {
        var shifted = new List<Cue>();
        foreach (var cue in cues)
        {
            var end = cue.End + offset;
            if (end <= TimeSpan.Zero) continue;
            var start = cue.Start + offset;
            if (start < TimeSpan.Zero) start = TimeSpan.Zero;
            shifted.Add(cue with { Number = shifted.Count + 1, Start = start, End = end });
        }
        return shifted;
    }

    /// <summary>
    /// Converts timings made for a video at one frame rate to the same video at another, e.g. 25 to 23.976 fps;
    /// times are rounded to the millisecond.
    /// </summary>
    public static List<Cue> ChangeFrameRate(IEnumerable<Cue> cues, double fromFps, double toFps)
    {
        if (fromFps <= 0 || toFps <= 0) throw new ArgumentOutOfRangeException(nameof(toFps), "frame rates must be positive");
        var factor = fromFps / toFps;
        return cues.Select(c => c with { Start = Scale(c.Start, factor), End = Scale(c.End, factor) }).ToList();
    }

    private static TimeSpan Scale(TimeSpan time, double factor) =>
        TimeSpan.FromMilliseconds(Math.Round(time.TotalMilliseconds * factor));
}
