namespace Asa.Repair.Engine;

/// <summary>
/// The candidates in the order the search tries them, which the search's own runs keep adjusting: a line whose
/// edits leave the failing tests' output exactly as it was is probably not run by them (the coverage Java and C# are
/// not measured for), so its other edits wait; a line whose edit made some failing test pass, or all
/// of them, is where the fix likely is, so its other edits come forward. A line known to run (measured, named by
/// the failure, or shown by an earlier edit) is never sent back: an edit there that changed nothing was only an
/// equivalent edit, or one the failure happens before. A pair of edits at two lines is as likely as the less likely of
/// its lines; what its run shows counts for both lines, except a change of output, which one of them alone may have
/// made. The search may widen it with the edits of less suspicious lines (<see cref="Widen"/>). Safe to use from
/// several forks at once.
/// </summary>
public sealed class SearchQueue(IReadOnlyList<CandidateEdit> candidates, IEnumerable<SuspiciousLine>? lines = null)
{
    private const double Unchanged = 0.5;
    private const double Changed = 1.2;
    private const double Closer = 3;
    private const double Floor = 0.1;
    private const double Ceiling = 9;

    private readonly Lock gate = new();
    private readonly List<CandidateEdit> candidates = [.. candidates];
    private readonly List<bool> taken = [.. candidates.Select(_ => false)];
    private readonly HashSet<(string Path, string Changed)> edits = candidates.Select(c => (c.Path, c.Changed)).ToHashSet();
    private readonly Dictionary<(string Path, int Line), double> lineWeights = [];
    private readonly HashSet<(string Path, int Line)> knownToRun = (lines ?? []).Where(l => l.KnownToRun).Select(l => (l.Path, l.Line)).ToHashSet();
    private int left = candidates.Count;

    /// <summary>
    /// Adds the candidates it does not hold yet (the same change to the same file made again is one it holds), with
    /// what is known of their lines; how many it added.
    /// </summary>
    public int Widen(IEnumerable<CandidateEdit> more, IEnumerable<SuspiciousLine> wider)
    {
        lock (gate)
        {
            var added = 0;
            foreach (var candidate in more.Where(c => edits.Add((c.Path, c.Changed))))
            {
                candidates.Add(candidate);
                taken.Add(false);
                added++;
            }
            left += added;
            knownToRun.UnionWith(wider.Where(l => l.KnownToRun).Select(l => (l.Path, l.Line)));
            return added;
        }
    }

    /// <summary>The untried candidate likeliest now, or null when every one was taken.</summary>
    public CandidateEdit? Next()
    {
        lock (gate)
        {
            var best = -1;
            var bestPriority = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count && left > 0; i++)
            {
                // Strictly greater: of equals, the earlier (the generator's order) goes first.
                if (!taken[i] && Priority(candidates[i]) is var priority && priority > bestPriority)
                {
                    best = i;
                    bestPriority = priority;
                }
            }
            if (best < 0)
            {
                return null;
            }
            taken[best] = true;
            left--;
            return candidates[best];
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> untried candidates that <paramref name="wanted"/> accepts, in the order
    /// <see cref="Next"/> would give them if nothing were learnt meanwhile. Takes none of them.
    /// </summary>
    public IReadOnlyList<CandidateEdit> Upcoming(Func<CandidateEdit, bool> wanted, int count)
    {
        lock (gate)
        {
            return [.. Enumerable.Range(0, candidates.Count).Where(i => !taken[i])
                .OrderByDescending(i => Priority(candidates[i])).ThenBy(i => i)
                .Select(i => candidates[i]).Where(wanted).Take(count)];
        }
    }

    /// <summary>What a candidate's run of the failing tests showed about its line.</summary>
    public void Learn(CandidateEdit candidate, RunEffect effect)
    {
        if (candidate.PairedLine is not null && effect == RunEffect.Changed)
        {
            return;
        }
        lock (gate)
        {
            foreach (var line in candidate.Lines)
            {
                var key = (candidate.Path, line);
                var weight = lineWeights.GetValueOrDefault(key, 1);
                lineWeights[key] = effect switch
                {
                    RunEffect.Unchanged => weight > 1 || knownToRun.Contains(key) ? weight : Math.Max(weight * Unchanged, Floor),
                    RunEffect.Changed => Math.Max(weight, Changed),
                    _ => Math.Min(Math.Max(weight, 1) * Closer, Ceiling),
                };
            }
        }
    }

    public double WeightOf(string path, int line)
    {
        lock (gate)
        {
            return lineWeights.GetValueOrDefault((path, line), 1);
        }
    }

    private double Priority(CandidateEdit candidate)
    {
        var weight = lineWeights.GetValueOrDefault((candidate.Path, candidate.Line), 1);
        if (candidate.PairedLine is { } paired)
        {
            weight = Math.Min(weight, lineWeights.GetValueOrDefault((candidate.Path, paired), 1));
        }
        return candidate.Priority * weight;
    }
}
