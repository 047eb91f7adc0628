using Csv;

public static class HeldBackTests
{
    public static void FieldThatIsOnlyAQuote()
    {
        Assert.SequenceEqual(new[] { "\"", "x" }, CsvLine.Parse("\"\"\"\",x"));
    }

    public static void EmptyQuotedField()
    {
        Assert.SequenceEqual(new[] { "", "y" }, CsvLine.Parse("\"\",y"));
    }

    public static void QuotesAndSeparatorsTogether()
    {
        Assert.SequenceEqual(new[] { "He said \"no, thanks\"", "ok" }, CsvLine.Parse("\"He said \"\"no, thanks\"\"\";ok".Replace(";", ",")));
    }

    public static void FormatThenParseRoundTrips()
    {
        var fields = new[] { "plain", "with,comma", "with \"quotes\"", "", "\"\"" };
        Assert.SequenceEqual(fields, CsvLine.Parse(CsvLine.Format(fields)));
    }

    public static void SemicolonSeparator()
    {
        Assert.SequenceEqual(new[] { "a;b", "c\"" }, CsvLine.Parse("\"a;b\";\"c\"\"\"", ';'));
    }
}
