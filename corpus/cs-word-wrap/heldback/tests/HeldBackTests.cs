using Text;

public static class HeldBackTests
{
    public static void LongWordGetsItsOwnLine()
    {
        Assert.SequenceEqual(new[] { "a", "incomprehensible", "b c" }, TextWrapper.Wrap("a incomprehensible b c", 5));
    }

    public static void LineMayFillTheWidthExactly()
    {
        Assert.SequenceEqual(new[] { "abc de", "fg" }, TextWrapper.Wrap("abc de fg", 6));
    }

    public static void EmptyTextHasNoLines()
    {
        Assert.SequenceEqual(Array.Empty<string>(), TextWrapper.Wrap("   ", 8));
    }

    public static void WidthOneIsOneWordPerLine()
    {
        Assert.SequenceEqual(new[] { "x", "y", "z" }, TextWrapper.Wrap("x y z", 1));
    }
}
