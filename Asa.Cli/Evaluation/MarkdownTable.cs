using System.Text;

namespace Asa.Cli.Evaluation;

/// <summary>A GitHub-flavoured Markdown table; cells are kept to one line and their pipes escaped.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {headers.Length} columns", nameof(cells));
        }
        rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder markdown)
    {
        markdown.AppendLine(Line(headers));
        markdown.AppendLine(Line(headers.Select(_ => "---")));
        foreach (var row in rows)
        {
            markdown.AppendLine(Line(row));
        }
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(Cell)) + " |";

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
