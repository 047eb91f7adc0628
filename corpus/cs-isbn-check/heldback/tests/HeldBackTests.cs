using Books;

public static class HeldBackTests
{
    public static void Isbn10EndingInX()
    {
        Assert.True(IsbnValidator.IsValid("0-8044-2957-X"), "IsValid(\"0-8044-2957-X\")");
    }

    public static void MoreValidIsbn10()
    {
        Assert.True(IsbnValidator.IsValid("1-56619-909-3"), "IsValid(\"1-56619-909-3\")");
        Assert.True(IsbnValidator.IsValid("0 19 852663 6"), "IsValid(\"0 19 852663 6\")");
    }

    public static void Isbn10WithWrongCheckDigit()
    {
        Assert.False(IsbnValidator.IsValid("0-306-40615-3"), "IsValid(\"0-306-40615-3\")");
        Assert.False(IsbnValidator.IsValid("0-306-40615-X"), "IsValid(\"0-306-40615-X\")");
    }

    public static void XOnlyAllowedLast()
    {
        Assert.False(IsbnValidator.IsValid("X-306-40615-2"), "IsValid(\"X-306-40615-2\")");
    }
}
