namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// Paths a recorded call used, made relative to the workspace's root where they lie in it (so they hold in every fork)
/// and absolute where they do not (a system library).
/// </summary>
public sealed class WorkspacePaths(string root)
{
    private readonly string root = Normalize(root);

    /// <summary>A path as seen from <paramref name="directory"/> (absolute, as recorded): root-relative, "." for the root itself, or absolute.</summary>
    public string Of(string directory, string path)
    {
        var full = Normalize(path.StartsWith('/') ? path : directory + "/" + path);
        if (full == root)
        {
            return ".";
        }
        return full.StartsWith(root + "/", StringComparison.Ordinal) ? full[(root.Length + 1)..] : full;
    }

    /// <summary>A colon-separated path list (a classpath), its empty entries left out.</summary>
    public IReadOnlyList<string> List(string directory, string paths) =>
        [.. paths.Split(':', StringSplitOptions.RemoveEmptyEntries).Select(p => Of(directory, p)).Distinct(StringComparer.Ordinal)];

    /// <summary>An absolute path without "." or ".." segments or doubled slashes.</summary>
    private static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }
        return "/" + string.Join('/', segments);
    }
}
