namespace Asa.Repair.Edits;

/// <summary>Decides whether a path the model wrote may name a file inside the repository checkout.</summary>
public static class RepositoryPath
{
    public const int MaxLength = 400;

    public static bool Check(string path, out string reason)
    {
        reason = FindProblem(path) ?? "";
        return reason.Length == 0;
    }

    private static string? FindProblem(string path)
    {
        if (path.Length == 0)
        {
            return "the path is empty";
        }
        if (path.Length > MaxLength)
        {
            return $"the path is {path.Length} characters long; at most {MaxLength} are allowed";
        }
        if (path.Any(char.IsControl))
        {
            return "the path contains control characters";
        }
        if (path.Contains('\\'))
        {
            return "the path uses '\\'; separate directories with '/'";
        }
        if (path.StartsWith('/') || path.StartsWith('~') || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':'))
        {
            return "the path is absolute; it must be relative to the repository root";
        }
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "":
                    return "the path has an empty segment";
                case "..":
                    return "the path has a '..' segment";
                case ".":
                    return "the path has a '.' segment";
            }
            if (segment.Equals(".git", StringComparison.OrdinalIgnoreCase))
            {
                return "the path is inside .git/";
            }
        }
        return null;
    }
}
