using Markdown;

public static class MarkdownTableTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static void ColumnsAreLeftAlignedByDefault()
    {
        var table = new MarkdownTable(new[] { "Name", "Qty" }).AddRow("Apple", "3").AddRow("Kiwi", "12");
        Assert.Equal(Lines(
            "| Name  | Qty |",
            "|-------|-----|",
            "| Apple | 3   |",
            "| Kiwi  | 12  |"), table.Render());
    }

    public static void RightAlignedColumnEndsInOneColumn()
    {
        var table = new MarkdownTable(new[] { "Item", "Price" }, new[] { Alignment.Left, Alignment.Right })
            .AddRow("Tea", "2.50").AddRow("Cake", "11.00");
        Assert.Equal(Lines(
            "| Item | Price |",
            "|------|------:|",
            "| Tea  |  2.50 |",
            "| Cake | 11.00 |"), table.Render());
    }

    public static void PipesInCellsAreEscaped()
    {
        var table = new MarkdownTable(new[] { "Expr" }).AddRow("a|b");
        Assert.Equal(Lines("| Expr |", "|------|", "| a\\|b |"), table.Render());
    }

    public static void ShortRowsGetEmptyCells()
    {
        var table = new MarkdownTable(new[] { "Key", "Value" }).AddRow("x").AddRow(null, "1");
        Assert.Equal(2, table.RowCount);
        Assert.Equal(Lines("| Key | Value |", "|-----|-------|", "| x   |       |", "|     | 1     |"), table.Render());
    }

    public static void TooManyCellsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new MarkdownTable(new[] { "One" }).AddRow("a", "b"));
    }

    public static void CentredColumnIsCentred()
    {
        var table = new MarkdownTable(new[] { "Step", "Status" }, new[] { Alignment.Left, Alignment.Center })
            .AddRow("Build", "ok").AddRow("Deploy", "failed");
        Assert.Equal(Lines(
            "| Step   | Status |",
            "|--------|:------:|",
            "| Build  |   ok   |",
            "| Deploy | failed |"), table.Render());
    }
}
