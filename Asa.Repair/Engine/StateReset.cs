using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// An edit that sets an object's field afresh on the line straight before one that updates it in place
/// (<c>self.counts = Counter()</c> before <c>self.counts[word] += 1</c>), where the file sets that field elsewhere too:
/// every update then starts from the fresh value, so whatever the object held before is lost. It is the edit that
/// makes the accumulator reset inside the accumulation, a classic novice bug, and weak tests that look at one update
/// at a time pass it. A reset followed by anything but an update of the same field (a cache emptied, a loop that
/// refills the field) is left alone.
/// </summary>
public static class StateReset
{
    /// <summary>What the edit loses, in words; null when it makes no such reset.</summary>
    public static string? Of(SourceLanguage language, CandidateEdit candidate) =>
        Resets(language, candidate.Changed).Except(Resets(language, candidate.Original), StringComparer.Ordinal).FirstOrDefault() is { } field
            ? $"sets '{field}' afresh just before updating it, so whatever it held before is lost"
            : null;

    /// <summary>The fields the text sets straight before updating them in place, where it also sets them (or declares them with a value) elsewhere.</summary>
    private static List<string> Resets(SourceLanguage language, string text)
    {
        var lines = text.Split('\n');
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var byLine = tokens.GroupBy(t => t.Line).Select(g => g.ToList()).ToList();
        // How often each name is set with '=' anywhere, a field's declaration and its constructor's assignment included.
        var set = tokens.Zip(tokens.Skip(1)).Where(pair => pair.First.Kind == TokenKind.Identifier && pair.Second.Is("="))
            .GroupBy(pair => pair.First.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var resets = new List<string>();
        for (var i = 0; i + 1 < byLine.Count; i++)
        {
            if (AssignmentLine.Of(byLine[i]) is not { Operator: "=" } reset || !reset.Target.Contains('.') || reset.Target.Contains('[')
                || set.GetValueOrDefault(reset.Target[(reset.Target.LastIndexOf('.') + 1)..]) < 2)
            {
                continue;
            }
            var next = byLine[i + 1];
            if (Indent(lines, byLine[i][0].Line) == Indent(lines, next[0].Line) && UpdatesInPlace(next, reset.Target))
            {
                resets.Add(reset.Target);
            }
        }
        return resets;
    }

    /// <summary>Whether the line updates <paramref name="field"/> in place: an element written, a compound assignment or a method called on it.</summary>
    private static bool UpdatesInPlace(List<CodeToken> line, string field)
    {
        var end = 0;
        var text = "";
        while (end < line.Count && text.Length < field.Length)
        {
            text += line[end++].Text;
        }
        if (text != field || end >= line.Count)
        {
            return false;
        }
        return line[end].Is("[") ? AssignmentLine.Of(line) is not null
            : line[end].Is(".") ? end + 2 < line.Count && line[end + 1].Kind == TokenKind.Identifier && line[end + 2].Is("(")
            : AssignmentLine.Of(line) is { Operator: not "=" } update && update.Target == field;
    }

    private static int Indent(string[] lines, int line) => lines[line - 1].Length - lines[line - 1].TrimStart().Length;
}
