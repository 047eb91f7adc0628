using Text;

public static class TextWrapperTests
{
    public static void ShortTextIsOneLine()
    {
        Assert.SequenceEqual(new[] { "hello world" }, TextWrapper.Wrap("hello world", 20));
    }

    public static void ExtraSpacesAreDropped()
    {
        Assert.SequenceEqual(new[] { "a b c" }, TextWrapper.Wrap("  a   b c ", 5));
    }

    public static void AlignRightPadsLines()
    {
        Assert.SequenceEqual(new[] { "  ab", "abcd" }, TextWrapper.AlignRight(new[] { "ab", "abcd" }, 4));
    }

    public static void LongTextIsSplitBetweenWords()
    {
        Assert.SequenceEqual(new[] { "the quick", "brown fox", "jumps" }, TextWrapper.Wrap("the quick brown fox jumps", 10));
    }
}
