namespace Asa.Repair.Localization;

/// <summary>
/// Maps paths as a failure or an import names them to the checkout's files. Output carries an unknown sandbox
/// prefix, so a file matches by the longest run of trailing path segments it shares with the named path.
/// </summary>
public sealed class RepositoryPaths
{
    private static readonly string[] JvmExtensions = [".java", ".kt", ".scala", ".groovy"];
    private static readonly string[] LibraryDirectories = ["site-packages", "dist-packages", "node_modules", "pkg/mod", "lib/python"];

    private readonly Dictionary<string, List<(string[] Segments, string Path)>> byFileName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Segments, string Path)>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> byDirectoryName = new(StringComparer.Ordinal);

    public RepositoryPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var segments = path.Split('/');
            Add(byFileName, segments[^1], (segments, path));
            var stem = segments.ToArray();
            stem[^1] = Path.GetFileNameWithoutExtension(stem[^1]);
            Add(byStem, stem[^1], (stem, path));
            if (segments.Length > 1)
            {
                if (!byDirectoryName.TryGetValue(segments[^2], out var files))
                {
                    byDirectoryName[segments[^2]] = files = [];
                }
                files.Add(path);
            }
        }
    }

    /// <summary>
    /// The files a printed path most likely means, best first; several when equally likely. A match must cover the
    /// whole file path, the whole printed path or two segments, except that JVM frames name the file alone.
    /// </summary>
    public IReadOnlyList<string> MatchPrinted(string printedPath)
    {
        var normalized = printedPath.Replace('\\', '/');
        if (normalized.StartsWith("file://", StringComparison.Ordinal))
        {
            normalized = normalized["file://".Length..];
        }
        if (LibraryDirectories.Any(d => normalized.Contains($"/{d}", StringComparison.Ordinal)) || normalized.StartsWith("/usr/", StringComparison.Ordinal))
        {
            return [];
        }
        var segments = Segments(normalized);
        if (segments.Length == 0 || !byFileName.TryGetValue(segments[^1], out var candidates))
        {
            return [];
        }
        var byName = JvmExtensions.Any(e => segments[^1].EndsWith(e, StringComparison.Ordinal));
        return Best(candidates, segments, byName);
    }

    /// <summary>Files a module path names (<c>pkg/calc</c> for Python's <c>pkg.calc</c> or JavaScript's <c>../pkg/calc</c>), extension free.</summary>
    public IReadOnlyList<string> MatchModule(string modulePath)
    {
        var segments = Segments(modulePath);
        if (segments.Length == 0)
        {
            return [];
        }
        if (byStem.TryGetValue(segments[^1], out var candidates) && Best(candidates, segments, byName: false) is { Count: > 0 } files)
        {
            return files;
        }
        // A package is its __init__.py or index.js.
        foreach (var entry in new[] { "__init__", "index" })
        {
            if (byStem.TryGetValue(entry, out var packages) && Best(packages, [.. segments, entry], byName: false) is { Count: > 0 } found)
            {
                return found;
            }
        }
        return [];
    }

    /// <summary>The files of the directory a Go import path names; the module prefix is unknown, so only the last segment is compared.</summary>
    public IReadOnlyList<string> MatchPackageDirectory(string importPath) =>
        byDirectoryName.TryGetValue(importPath.Split('/')[^1], out var files)
            ? files.Where(f => f.EndsWith(".go", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    private static List<string> Best(List<(string[] Segments, string Path)> candidates, string[] named, bool byName)
    {
        var best = 0;
        var matches = new List<string>();
        foreach (var candidate in candidates)
        {
            var shared = SharedSuffix(candidate.Segments, named);
            var acceptable = shared == candidate.Segments.Length || shared == named.Length || shared >= 2 || byName;
            if (!acceptable || shared < best)
            {
                continue;
            }
            if (shared > best)
            {
                best = shared;
                matches.Clear();
            }
            matches.Add(candidate.Path);
        }
        matches.Sort(StringComparer.Ordinal);
        return matches;
    }

    private static int SharedSuffix(string[] a, string[] b)
    {
        var count = 0;
        while (count < a.Length && count < b.Length && a[^(count + 1)] == b[^(count + 1)])
        {
            count++;
        }
        return count;
    }

    private static string[] Segments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not "." and not "..").ToArray();

    private static void Add(Dictionary<string, List<(string[] Segments, string Path)>> index, string key, (string[] Segments, string Path) file)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(file);
    }
}
