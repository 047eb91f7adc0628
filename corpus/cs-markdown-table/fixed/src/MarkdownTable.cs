namespace Markdown;

/// <summary>Renders rows as a GitHub-flavoured Markdown table whose columns also line up in plain text.</summary>
public sealed class MarkdownTable
{
    // A separator cell needs three dashes or colons to be read as one.
    private const int MinimumWidth = 3;

    private readonly string[] headers;
    private readonly Alignment[] alignments;
    private readonly List<string[]> rows = new();

    public MarkdownTable(IReadOnlyList<string> headers, IReadOnlyList<Alignment>? alignments = null)
    {
        if (headers.Count == 0) throw new ArgumentException("a table needs at least one column", nameof(headers));
        if (alignments is not null && alignments.Count != headers.Count)
            throw new ArgumentException($"{alignments.Count} alignments for {headers.Count} columns", nameof(alignments));
        this.headers = headers.Select(Escape).ToArray();
        this.alignments = alignments?.ToArray() ?? Enumerable.Repeat(Alignment.Left, headers.Count).ToArray();
    }

    public int RowCount => rows.Count;

    /// <summary>Adds a row; missing or null cells are empty, more cells than columns is an error.</summary>
    public MarkdownTable AddRow(params string?[] cells)
    {
        if (cells.Length > headers.Length)
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {headers.Length} columns", nameof(cells));
        rows.Add(Enumerable.Range(0, headers.Length).Select(i => i < cells.Length ? Escape(cells[i] ?? "") : "").ToArray());
        return this;
    }

    public string Render()
    {
        var widths = Enumerable.Range(0, headers.Length)
            .Select(i => rows.Select(row => row[i].Length).Append(headers[i].Length).Append(MinimumWidth).Max())
            .ToArray();
        var lines = new List<string> { Line(headers, widths), Separator(widths) };
        lines.AddRange(rows.Select(row => Line(row, widths)));
        return string.Join("\n", lines) + "\n";
    }

    private string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, i) => Pad(cell, widths[i], alignments[i]))) + " |";

    private string Separator(int[] widths) =>
        "|" + string.Join("|", widths.Select((width, i) => Rule(width + 2, alignments[i]))) + "|";

    private static string Rule(int length, Alignment alignment) => alignment switch
    {
        Alignment.Left => new string('-', length),
        Alignment.Right => new string('-', length - 1) + ":",
        _ => ":" + new string('-', length - 2) + ":",
    };

    // A centred cell that cannot be split evenly leaves the extra space on its right.
    private static string Pad(string text, int width, Alignment alignment) => alignment switch
    {
        Alignment.Left => text.PadRight(width),
        Alignment.Right => text.PadLeft(width),
        _ => text.PadLeft(text.Length + (width - text.Length) / 2).PadRight(width),
    };

    // A pipe would end the cell and a line break the row.
    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r\n", " ").Replace('\n', ' ');
}
