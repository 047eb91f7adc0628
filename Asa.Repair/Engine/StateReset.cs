using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// An edit that sets an object's field afresh on the line straight before one that updates it in place
/// (<c>self.counts = Counter()</c> before <c>self.counts[word] += 1</c>), where the file sets that field elsewhere too:
/// every update then starts from the fresh value, so whatever the object held before is lost. It is the edit that
/// makes the accumulator reset inside the accumulation, a classic novice bug, and weak tests that look at one update
/// at a time pass it. The mirror image, a reset straight after the update, throws the update away unread: a dead
/// store, which FindBugs reports for locals as DLS_DEAD_LOCAL_STORE. A reset beside anything but an update of the same
/// field (a cache emptied, a loop that refills the field), and one whose value reads the field
/// (<c>self.items = sorted(self.items)</c>), are left alone.
/// </summary>
public static class StateReset
{
    /// <summary>What the edit loses, in words; null when it makes no such reset.</summary>
    public static string? Of(SourceLanguage language, CandidateEdit candidate)
    {
        var (before, after) = (Resets(language, candidate.Original), Resets(language, candidate.Changed));
        if (after.Before.Except(before.Before, StringComparer.Ordinal).FirstOrDefault() is { } reset)
        {
            return $"sets '{reset}' afresh just before updating it, so whatever it held before is lost";
        }
        return after.After.Except(before.After, StringComparer.Ordinal).FirstOrDefault() is { } discarded
            ? $"sets '{discarded}' afresh just after updating it, so the update is lost"
            : null;
    }

    /// <summary>
    /// The fields the text sets straight before updating them in place, and those it sets straight after, where it also
    /// sets them (or declares them with a value) elsewhere.
    /// </summary>
    private static (List<string> Before, List<string> After) Resets(SourceLanguage language, string text)
    {
        var lines = text.Split('\n');
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var byLine = tokens.GroupBy(t => t.Line).Select(g => g.ToList()).ToList();
        // How often each name is set with '=' anywhere, a field's declaration and its constructor's assignment included.
        var set = tokens.Zip(tokens.Skip(1)).Where(pair => pair.First.Kind == TokenKind.Identifier && pair.Second.Is("="))
            .GroupBy(pair => pair.First.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var (before, after) = (new List<string>(), new List<string>());
        for (var i = 0; i < byLine.Count; i++)
        {
            if (AssignmentLine.Of(byLine[i]) is not { Operator: "=" } reset || !reset.Target.Contains('.') || reset.Target.Contains('[')
                || set.GetValueOrDefault(FieldName(reset.Target)) < 2 || ReadsItself(byLine[i], reset.Target))
            {
                continue;
            }
            var indent = Indent(lines, byLine[i][0].Line);
            if (i + 1 < byLine.Count && Indent(lines, byLine[i + 1][0].Line) == indent && UpdatesInPlace(byLine[i + 1], reset.Target))
            {
                before.Add(reset.Target);
            }
            if (i > 0 && Indent(lines, byLine[i - 1][0].Line) == indent && UpdatesInPlace(byLine[i - 1], reset.Target))
            {
                after.Add(reset.Target);
            }
        }
        return (before, after);
    }

    private static string FieldName(string target) => target[(target.LastIndexOf('.') + 1)..];

    /// <summary>Whether the assignment's value names the field it assigns.</summary>
    private static bool ReadsItself(List<CodeToken> line, string target)
    {
        var equals = line.FindIndex(t => t.Is("="));
        return line.Skip(equals + 1).Any(t => t.Text == FieldName(target));
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
