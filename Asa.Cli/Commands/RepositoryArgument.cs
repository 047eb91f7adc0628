namespace Asa.Cli.Commands;

/// <summary>The repository as the server needs it: URLs as given, a local directory as an absolute path.</summary>
public static class RepositoryArgument
{
    public static string Normalize(string repository, string workingDirectory)
    {
        var trimmed = repository.Trim();
        // A relative path means nothing to the server; one that names a local directory is made absolute here.
        if (trimmed.Contains("://", StringComparison.Ordinal) || Path.IsPathRooted(trimmed))
        {
            return trimmed;
        }
        var local = Path.GetFullPath(trimmed, workingDirectory);
        return Directory.Exists(local) ? local : trimmed;
    }
}
