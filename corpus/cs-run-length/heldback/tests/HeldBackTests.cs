using Compression;

public static class HeldBackTests
{
    public static void SingleCharacter()
    {
        Assert.Equal("1z", RunLength.Encode("z"));
    }

    public static void LongRunHasMultiDigitCount()
    {
        Assert.Equal("1a15b1a", RunLength.Encode("a" + new string('b', 15) + "a"));
    }

    public static void RoundTrip()
    {
        foreach (var text in new[] { "hello  world", "mississippi", "....--..", "Q" })
        {
            Assert.Equal(text, RunLength.Decode(RunLength.Encode(text)));
        }
    }

    public static void DigitsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => RunLength.Encode("a1"));
    }
}
