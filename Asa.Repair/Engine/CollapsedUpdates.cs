using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// An edit that makes a run of consecutive assignments write one target twice and no longer write a target it wrote
/// before (<c>away.goalsFor += home; away.goalsAgainst += own;</c> to <c>away.goalsFor += home; away.goalsFor += own;</c>):
/// a run of updates that each write their own target is code written in parallel, and the edit folds two of its
/// statements onto one target, so what went to the other is lost. It is the inconsistency copy-and-paste bug detectors
/// look for (Li et al., "CP-Miner", OSDI 2004) made by the edit rather than fixed by it; the opposite edit, which gives a
/// target written twice its missing partner, is the fix such a bug needs and is left alone.
/// </summary>
public static class CollapsedUpdates
{
    /// <summary>What the edit loses, in words; null when it folds no run of updates.</summary>
    public static string? Of(SourceLanguage language, CandidateEdit candidate)
    {
        var before = Runs(language, candidate.Original);
        var after = Runs(language, candidate.Changed);
        if (Repeats(after) <= Repeats(before))
        {
            return null;
        }
        var lost = Written(before).Except(Written(after), StringComparer.Ordinal).FirstOrDefault();
        var twice = Doubled(after).Except(Doubled(before), StringComparer.Ordinal).FirstOrDefault();
        return lost is not null && twice is not null
            ? $"makes a run of assignments write '{twice}' twice and '{lost}' no more, so what went to '{lost}' is lost"
            : null;
    }

    /// <summary>How many writes of the runs go to a target the same run wrote already.</summary>
    private static int Repeats(List<List<string>> runs) => runs.Sum(run => run.Count - run.Distinct(StringComparer.Ordinal).Count());

    /// <summary>The targets a run writes more than once.</summary>
    private static IEnumerable<string> Doubled(List<List<string>> runs) =>
        runs.SelectMany(run => run.GroupBy(target => target, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));

    private static HashSet<string> Written(List<List<string>> runs) => runs.SelectMany(run => run).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The targets of each run of two or more consecutive lines, at one indentation, that each assign a name, an
    /// attribute or an element (<c>total += x</c>, <c>self.count = 0</c>, <c>row[i] = v;</c>, <c>n++;</c>).
    /// </summary>
    private static List<List<string>> Runs(SourceLanguage language, string text)
    {
        var lines = text.Split('\n');
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var byLine = tokens.GroupBy(t => t.Line).ToDictionary(g => g.Key, g => g.ToList());
        var runs = new List<List<string>>();
        var run = new List<string>();
        var runIndent = -1;
        for (var line = 1; line <= lines.Length; line++)
        {
            var target = byLine.TryGetValue(line, out var lineTokens) ? AssignmentLine.Of(lineTokens)?.Target : null;
            var indent = lines[line - 1].Length - lines[line - 1].TrimStart().Length;
            if (target is null || indent != runIndent)
            {
                if (run.Count >= 2)
                {
                    runs.Add(run);
                }
                run = [];
                runIndent = target is null ? -1 : indent;
            }
            if (target is not null)
            {
                run.Add(target);
            }
        }
        if (run.Count >= 2)
        {
            runs.Add(run);
        }
        return runs;
    }
}
