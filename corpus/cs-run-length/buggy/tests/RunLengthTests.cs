using Compression;

public static class RunLengthTests
{
    public static void DecodeExpandsRuns()
    {
        Assert.Equal("AAABCC", RunLength.Decode("3A1B2C"));
    }

    public static void DecodeReadsMultiDigitCounts()
    {
        Assert.Equal(new string('x', 12) + "y", RunLength.Decode("12x1y"));
    }

    public static void EmptyTextEncodesToEmpty()
    {
        Assert.Equal("", RunLength.Encode(""));
    }

    public static void EncodeCountsRuns()
    {
        Assert.Equal("3A1B2C", RunLength.Encode("AAABCC"));
    }

    public static void DecodeRejectsMissingCount()
    {
        Assert.Throws<FormatException>(() => RunLength.Decode("3AB"));
    }
}
