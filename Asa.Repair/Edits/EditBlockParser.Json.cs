using System.Text.Json.Nodes;

namespace Asa.Repair.Edits;

public static partial class EditBlockParser
{
    /// <summary>The fix as JSON in the shape the proposed-fix schema validates; field names are part of that contract.</summary>
    public static JsonObject ToJson(ProposedFix fix)
    {
        var edits = new JsonArray();
        foreach (var edit in fix.Edits)
        {
            edits.Add(ToJson(edit));
        }
        return new JsonObject
        {
            ["rationale"] = fix.Rationale,
            ["confidence"] = fix.Confidence,
            ["edits"] = edits,
        };
    }

    private static JsonObject ToJson(FileEdit edit) => edit switch
    {
        SearchReplaceEdit e => new JsonObject
        {
            ["path"] = e.Path,
            ["kind"] = "search_replace",
            ["search"] = e.Search,
            ["replace"] = e.Replace,
        },
        LineRangeEdit { Kind: LineEditKind.Replace } e => new JsonObject
        {
            ["path"] = e.Path,
            ["kind"] = "replace_lines",
            ["start_line"] = e.StartLine,
            ["end_line"] = e.EndLine,
            ["text"] = e.Text,
        },
        LineRangeEdit { Kind: LineEditKind.Insert } e => new JsonObject
        {
            ["path"] = e.Path,
            ["kind"] = "insert_lines",
            ["start_line"] = e.StartLine,
            ["text"] = e.Text,
        },
        LineRangeEdit { Kind: LineEditKind.Delete } e => new JsonObject
        {
            ["path"] = e.Path,
            ["kind"] = "delete_lines",
            ["start_line"] = e.StartLine,
            ["end_line"] = e.EndLine,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(edit), edit.GetType().Name, "unknown kind of edit"),
    };
}
