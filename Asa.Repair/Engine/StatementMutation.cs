using Asa.Repair.Indexing;
namespace Asa.Repair.Engine;

/// <summary>
/// Deletes, duplicates or moves a one-line statement, or inserts a copy of a statement from nearby. Never, in Python,
/// a copy that would read a loop's variable after its loop (<see cref="LoopVariables"/>), nor one put above the
/// <c>if</c> or <c>while</c> of its own block that guards it below: both make tests pass by doing what the code was
/// written not to do.
/// </summary>
public sealed class StatementMutation : IMutationOperator
{
    private const int NearbyLines = 6;
    private const int RelatedLimit = 8;

    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        var lineEnd = site.LineEnd < site.Text.Length ? site.LineEnd + 1 : site.LineEnd;
        var line = site.Text[site.LineStart..lineEnd];
        var indentation = site.Indentation;
        if (site.IsSimpleStatement)
        {
            yield return new MutationEdit("statement", "delete the statement", site.LineStart, lineEnd - site.LineStart, "", 0.45);
            if (site.Language == SourceLanguage.Python)
            {
                yield return new MutationEdit("statement", "replace the statement with 'pass'", site.LineStart, lineEnd - site.LineStart, indentation + "pass\n", 0.3);
            }
            yield return new MutationEdit("statement", "duplicate the statement", lineEnd, 0, WithNewline(line), 0.3);
            if (Neighbour(site, +1) is { } next && next.Indentation == indentation)
            {
                yield return new MutationEdit("statement", "move the statement below the next one", site.LineStart, next.End - site.LineStart,
                    WithNewline(next.Text) + WithNewline(line), 0.4);
            }
        }

        if (site.IsEmpty || site.LineText.TrimStart().StartsWith('}') || site.LineText.TrimStart().StartsWith("else", StringComparison.Ordinal))
        {
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { line.Trim() };
        var guarded = GuardedBelow(site);
        foreach (var (nearby, prior) in NearbyStatements(site).Select(s => (s, 0.3)).Concat(RelatedStatements(site).Select(s => (s, 0.2))))
        {
            var statement = nearby.Trim();
            if (!seen.Add(statement) || guarded.Contains(statement) || LoopVariables.ReadsOneOutsideItsLoop(site, statement, site.Line))
            {
                continue;
            }
            yield return new MutationEdit("insert", $"insert '{statement}' before the line", site.LineStart, 0, indentation + statement + "\n", prior);
            if (site.IsSimpleStatement)
            {
                yield return new MutationEdit("insert", $"insert '{statement}' after the line", lineEnd, 0, WithNewline(indentation + statement + "\n"), prior);
            }
        }
    }

    /// <summary>
    /// In Python, the statements of the bodies of the <c>if</c>/<c>elif</c>/<c>while</c> headers at or below the line in its
    /// own block: a copy put above its header would run what the condition guards whether or not it holds.
    /// </summary>
    private static HashSet<string> GuardedBelow(MutationSite site)
    {
        var guarded = new HashSet<string>(StringComparer.Ordinal);
        if (site.Language != SourceLanguage.Python || site.IsEmpty)
        {
            return guarded;
        }
        var lines = site.Text.Split('\n');
        var indentation = site.Indentation.Length;
        for (var number = site.Line; number <= Math.Min(lines.Length, site.ScopeEnd); number++)
        {
            var text = lines[number - 1];
            if (IndentedBlock.IsBlankOrComment(text))
            {
                continue;
            }
            var depth = IndentedBlock.Indentation(text);
            if (depth < indentation)
            {
                break;
            }
            var trimmed = text.TrimStart(' ', '\t');
            if (depth == indentation && (trimmed.StartsWith("if ", StringComparison.Ordinal) || trimmed.StartsWith("elif ", StringComparison.Ordinal)
                                         || trimmed.StartsWith("while ", StringComparison.Ordinal)))
            {
                guarded.UnionWith(lines[number..IndentedBlock.BodyEnd(lines, number)].Where(l => !IndentedBlock.IsBlankOrComment(l)).Select(l => l.Trim()));
            }
        }
        return guarded;
    }

    /// <summary>Simple statements elsewhere in the file that work on a name the line uses (another method's cleanup step).</summary>
    private static IEnumerable<string> RelatedStatements(MutationSite site)
    {
        var names = Enumerable.Range(site.First, site.End - site.First)
            .Where(i => site[i].Kind == TokenKind.Identifier && site[i].Text.Length > 2)
            .Select(i => site[i].Text)
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            yield break;
        }
        var found = 0;
        var lines = site.Text.Split('\n');
        for (var number = 1; number <= lines.Length && found < RelatedLimit; number++)
        {
            if (number == site.Line || !names.Any(lines[number - 1].Contains))
            {
                continue;
            }
            var other = new MutationSite(site.Language, site.Path, site.Text, site.Tokens, number, null);
            if (other.IsSimpleStatement && Enumerable.Range(other.First, other.End - other.First).Any(i => names.Contains(other[i].Text)))
            {
                found++;
                yield return other.LineText;
            }
        }
    }

    private static string WithNewline(string text) => text.EndsWith('\n') ? text : text + "\n";

    private sealed record NeighbourLine(string Text, string Indentation, int End);

    /// <summary>The next line, when it too is a whole simple statement.</summary>
    private static NeighbourLine? Neighbour(MutationSite site, int step)
    {
        var other = new MutationSite(site.Language, site.Path, site.Text, site.Tokens, site.Line + step, (site.ScopeStart, site.ScopeEnd));
        if (!other.IsSimpleStatement)
        {
            return null;
        }
        var end = other.LineEnd < site.Text.Length ? other.LineEnd + 1 : other.LineEnd;
        return new NeighbourLine(site.Text[other.LineStart..end], other.Indentation, end);
    }

    /// <summary>The simple statements within a few lines, in the same function, nearest first.</summary>
    private static IEnumerable<string> NearbyStatements(MutationSite site)
    {
        for (var distance = 1; distance <= NearbyLines; distance++)
        {
            foreach (var line in new[] { site.Line - distance, site.Line + distance })
            {
                if (line < Math.Max(1, site.ScopeStart) || line > site.ScopeEnd)
                {
                    continue;
                }
                var other = new MutationSite(site.Language, site.Path, site.Text, site.Tokens, line, (site.ScopeStart, site.ScopeEnd));
                if (other.IsSimpleStatement && other.LineStart < site.Text.Length)
                {
                    yield return other.LineText;
                }
            }
        }
    }
}
