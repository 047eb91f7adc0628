using SubtitleSync;

public static class SrtTests
{
    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    public static void TimesAreWrittenTheSrtWay()
    {
        Assert.Equal("01:02:03,456", Cue.FormatTime(new TimeSpan(0, 1, 2, 3, 456)));
        Assert.Equal("00:00:00,000", Cue.FormatTime(TimeSpan.Zero));
    }

    public static void ParsesASingleSubtitle()
    {
        var cues = Srt.Parse("1\n00:00:01,000 --> 00:00:03,500\nHello there.\n");
        Assert.Equal(1, cues.Count);
        Assert.Equal(new Cue(1, Ms(1000), Ms(3500), "Hello there."), cues[0]);
    }

    public static void ParsesSubtitlesInOrder()
    {
        var cues = Srt.Parse("1\n00:00:01,000 --> 00:00:03,500\nHello there.\n\n2\n00:00:04,000 --> 00:00:06,000\nGeneral Kenobi!\n\n");
        Assert.SequenceEqual(["Hello there.", "General Kenobi!"], cues.Select(c => c.Text));
        Assert.Equal(Ms(2000), cues[1].Duration);
    }

    public static void ShiftingLater()
    {
        var cues = Retime.Shift([new Cue(1, Ms(1000), Ms(2000), "a"), new Cue(2, Ms(2500), Ms(4000), "b")], Ms(1500));
        Assert.SequenceEqual([new Cue(1, Ms(2500), Ms(3500), "a"), new Cue(2, Ms(4000), Ms(5500), "b")], cues);
    }

    public static void ShiftingEarlierDropsWhatFallsBeforeTheStart()
    {
        var cues = Retime.Shift(
            [new Cue(1, Ms(500), Ms(1500), "gone"), new Cue(2, Ms(1800), Ms(3000), "cut"), new Cue(3, Ms(4000), Ms(5000), "kept")],
            Ms(-2000));
        Assert.SequenceEqual([new Cue(1, Ms(0), Ms(1000), "cut"), new Cue(2, Ms(2000), Ms(3000), "kept")], cues);
    }

    public static void MalformedTimingIsReported()
    {
        Assert.Throws<FormatException>(() => Srt.Parse("1\n00:00:01 -> 00:00:03\nHi\n"));
    }
}
