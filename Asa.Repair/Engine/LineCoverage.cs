namespace Asa.Repair.Engine;

/// <summary>
/// The lines of each file that the failing tests executed, as measured in the sandbox, and for the files whose tracer
/// cannot see every line (C#'s probes), the lines it could see.
/// </summary>
public sealed class LineCoverage(IReadOnlyDictionary<string, IReadOnlySet<int>> lines, IReadOnlyDictionary<string, IReadOnlySet<int>>? measurable = null)
{
    public static LineCoverage None { get; } = new(new Dictionary<string, IReadOnlySet<int>>());

    public bool Measured => lines.Count > 0;

    /// <summary>True for a line the tracer could not have seen run, which says nothing either way.</summary>
    public bool Unmeasured(string path, int line) => measurable is not null && measurable.TryGetValue(path, out var seen) && !seen.Contains(line);

    public IReadOnlySet<int> LinesOf(string path) => lines.TryGetValue(path, out var executed) ? executed : new HashSet<int>();

    public bool Covers(string path) => lines.ContainsKey(path);

    public bool Executed(string path, int line) => lines.TryGetValue(path, out var executed) && executed.Contains(line);

    public IEnumerable<string> Files => lines.Keys;

    /// <summary>
    /// Reads the tracer's report: one line per file, "path:1,2,5-9". Paths are made relative to the workspace root
    /// (the sandbox's mount point differs from the worker's checkout) and kept only when the checkout has them.
    /// </summary>
    public static LineCoverage Parse(string report, string workspaceRoot, Func<string, bool> fileExists)
    {
        var lines = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        foreach (var entry in report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = entry.LastIndexOf(':');
            if (separator <= 0)
            {
                continue;
            }
            var path = entry[..separator];
            if (path.StartsWith(workspaceRoot, StringComparison.Ordinal))
            {
                path = path[workspaceRoot.Length..].TrimStart('/');
            }
            if (!fileExists(path))
            {
                continue;
            }
            // Each traced process appends its own report, so a file can be listed more than once.
            var executed = lines.TryGetValue(path, out var earlier) ? (HashSet<int>)earlier : [];
            foreach (var range in entry[(separator + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var dash = range.IndexOf('-');
                if (dash < 0 && int.TryParse(range, out var single))
                {
                    executed.Add(single);
                }
                else if (dash > 0 && int.TryParse(range[..dash], out var first) && int.TryParse(range[(dash + 1)..], out var last) && last - first < 100_000)
                {
                    for (var line = first; line <= last; line++)
                    {
                        executed.Add(line);
                    }
                }
            }
            lines[path] = executed;
        }
        return new LineCoverage(lines);
    }
}
