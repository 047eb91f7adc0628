using System.Text.RegularExpressions;
using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>Finds matching lines in a workspace's text files, never following links and skipping binaries and huge files.</summary>
public static class WorkspaceSearch
{
    private const long MaxFileBytes = 4 * 1024 * 1024;
    private const int MaxLineChars = 500;

    public sealed record Match(string Path, int LineNumber, string Line);

    public static (IReadOnlyList<Match> Matches, bool Truncated) Search(
        string tree, IReadOnlyList<string> paths, string query, bool regex, bool ignoreCase, int maxResults, CancellationToken cancellationToken)
    {
        if (query.Length == 0)
        {
            throw new WorkspaceException(StatusCode.InvalidArgument, "query is required.");
        }
        Regex pattern;
        try
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            // A timeout keeps a pathological expression from holding the service.
            pattern = new Regex(regex ? query : Regex.Escape(query), options, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException exception)
        {
            throw new WorkspaceException(StatusCode.InvalidArgument, $"query is not a valid regular expression: {exception.Message}");
        }

        var matches = new List<Match>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = new FileInfo(Path.Combine(tree, path));
            if (file.LinkTarget is not null || !file.Exists || file.Length > MaxFileBytes || LooksBinary(file))
            {
                continue;
            }
            var number = 0;
            foreach (var line in File.ReadLines(file.FullName))
            {
                number++;
                bool found;
                try
                {
                    found = pattern.IsMatch(line);
                }
                catch (RegexMatchTimeoutException)
                {
                    throw new WorkspaceException(StatusCode.InvalidArgument, "query took too long to match; simplify the regular expression.");
                }
                if (!found)
                {
                    continue;
                }
                if (matches.Count == maxResults)
                {
                    return (matches, true);
                }
                matches.Add(new Match(path, number, line.Length > MaxLineChars ? line[..MaxLineChars] : line));
            }
        }
        return (matches, false);
    }

    private static bool LooksBinary(FileInfo file)
    {
        Span<byte> head = stackalloc byte[8000];
        using var stream = file.OpenRead();
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }
}
