using SubtitleSync;

public static class SrtHeldBackTests
{
    private const string Episode =
        "1\n00:00:01,200 --> 00:00:03,000\n- Where were you?\n- Out.\n\n" +
        "2\n00:00:03,400 --> 00:00:05,100\nOut where?\n\n" +
        "3\n00:01:10,000 --> 00:01:12,250\n[DOOR SLAMS]\n\n";

    public static void WritingWhatWasReadGivesTheSameFile()
    {
        Assert.Equal(Episode, Srt.Write(Srt.Parse(Episode)));
    }

    public static void MultiLineSubtitlesKeepTheirOwnLines()
    {
        var cues = Srt.Parse(Episode);
        Assert.SequenceEqual(["- Where were you?\n- Out.", "Out where?", "[DOOR SLAMS]"], cues.Select(c => c.Text));
        Assert.SequenceEqual([1, 2, 3], cues.Select(c => c.Number));
    }

    public static void WindowsFileWithByteOrderMarkAndNoFinalBlankLine()
    {
        var file = "\uFEFF1\r\n00:00:01.000 --> 00:00:02.000\r\nOne\r\n\r\n\r\n2\r\n00:00:02,500 --> 00:00:04,000\r\nTwo\r\nlines";
        var cues = Srt.Parse(file);
        Assert.SequenceEqual(
            [new Cue(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), "One"), new Cue(2, TimeSpan.FromMilliseconds(2500), TimeSpan.FromSeconds(4), "Two\nlines")],
            cues);
    }

    public static void ShiftedFileIsWrittenBack()
    {
        var shifted = Retime.Shift(Srt.Parse(Episode), TimeSpan.FromMilliseconds(-3500));
        Assert.Equal(
            "1\n00:00:00,000 --> 00:00:01,600\nOut where?\n\n2\n00:01:06,500 --> 00:01:08,750\n[DOOR SLAMS]\n\n",
            Srt.Write(shifted));
    }

    public static void FromPalToFilmFrameRate()
    {
        var cues = Retime.ChangeFrameRate(Srt.Parse(Episode), 25, 23.976);
        Assert.SequenceEqual(["- Where were you?\n- Out.", "Out where?", "[DOOR SLAMS]"], cues.Select(c => c.Text));
        Assert.Equal(TimeSpan.FromMilliseconds(72990), cues[2].Start);
    }
}
