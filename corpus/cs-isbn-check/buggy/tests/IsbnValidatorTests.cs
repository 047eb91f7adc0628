using Books;

public static class IsbnValidatorTests
{
    public static void NormalizeDropsHyphensAndSpaces()
    {
        Assert.Equal("030640615X", IsbnValidator.Normalize("0-306 40615-x"));
    }

    public static void ValidIsbn13()
    {
        Assert.True(IsbnValidator.IsValid("978-0-306-40615-7"));
    }

    public static void Isbn13WithWrongCheckDigit()
    {
        Assert.False(IsbnValidator.IsValid("978-0-306-40615-8"));
    }

    public static void WrongLengthIsInvalid()
    {
        Assert.False(IsbnValidator.IsValid("12345"));
    }

    public static void ValidIsbn10()
    {
        Assert.True(IsbnValidator.IsValid("0-306-40615-2"), "IsValid(\"0-306-40615-2\")");
    }
}
