using Csv;

public static class CsvLineTests
{
    public static void PlainFields()
    {
        Assert.SequenceEqual(new[] { "id", "name", "price" }, CsvLine.Parse("id,name,price"));
    }

    public static void EmptyFieldsAreKept()
    {
        Assert.SequenceEqual(new[] { "a", "", "c", "" }, CsvLine.Parse("a,,c,"));
    }

    public static void QuotedFieldMayContainSeparator()
    {
        Assert.SequenceEqual(new[] { "7", "Smith, Jane", "NY" }, CsvLine.Parse("7,\"Smith, Jane\",NY"));
    }

    public static void UnterminatedQuoteIsAnError()
    {
        Assert.Throws<FormatException>(() => CsvLine.Parse("1,\"open"));
    }

    public static void DoubledQuoteIsALiteralQuote()
    {
        Assert.SequenceEqual(new[] { "12", "17\" monitor", "149.00" }, CsvLine.Parse("12,\"17\"\" monitor\",149.00"));
    }
}
