using Markdown;

public static class HeldBackTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static void UnevenSpaceGoesToTheRight()
    {
        var table = new MarkdownTable(new[] { "State" }, new[] { Alignment.Center }).AddRow("on").AddRow("off");
        Assert.Equal(Lines("| State |", "|:-----:|", "|  on   |", "|  off  |"), table.Render());
    }

    public static void CentredHeaderInAWideColumn()
    {
        var table = new MarkdownTable(new[] { "St" }, new[] { Alignment.Center }).AddRow("pending");
        Assert.Equal(Lines("|   St    |", "|:-------:|", "| pending |"), table.Render());
    }

    public static void NarrowCentredColumnKeepsThreeCharacters()
    {
        var table = new MarkdownTable(new[] { "#" }, new[] { Alignment.Center }).AddRow("7");
        Assert.Equal(Lines("|  #  |", "|:---:|", "|  7  |"), table.Render());
    }

    public static void ThreeAlignmentsSideBySide()
    {
        var table = new MarkdownTable(new[] { "Team", "Played", "Pts" }, new[] { Alignment.Left, Alignment.Center, Alignment.Right })
            .AddRow("Rovers", "12", "25").AddRow("United", "9", "7");
        Assert.Equal(Lines(
            "| Team   | Played | Pts |",
            "|--------|:------:|----:|",
            "| Rovers |   12   |  25 |",
            "| United |   9    |   7 |"), table.Render());
    }

    public static void LineBreaksInCellsBecomeSpaces()
    {
        var table = new MarkdownTable(new[] { "Note" }).AddRow("two\nlines");
        Assert.Equal(Lines("| Note      |", "|-----------|", "| two lines |"), table.Render());
    }
}
