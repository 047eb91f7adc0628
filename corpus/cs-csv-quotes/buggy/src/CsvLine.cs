using System.Text;

namespace Csv;

// Splits one line of CSV (RFC 4180 style) into its fields.
public static class CsvLine
{
    public static List<string> Parse(string line, char separator = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"') inQuotes = false;
                else field.Append(c);
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (inQuotes) throw new FormatException("Unterminated quoted field");
        fields.Add(field.ToString());
        return fields;
    }

    // The line that Parse turns back into the given fields.
    public static string Format(IEnumerable<string> fields, char separator = ',') =>
        string.Join(separator, fields.Select(f => f.IndexOfAny(new[] { separator, '"', '\n' }) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f));
}
