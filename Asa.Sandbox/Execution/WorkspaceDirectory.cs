namespace Asa.Sandbox.Execution;

internal static class WorkspaceDirectory
{
    /// <summary>Both backends mount the workspace by path, so it must name the real directory and nothing else.</summary>
    public static void Validate(string directory)
    {
        if (!Path.IsPathFullyQualified(directory) || Path.GetFullPath(directory) != Path.TrimEndingDirectorySeparator(directory)
            || !Directory.Exists(directory) || new DirectoryInfo(directory).LinkTarget is not null)
        {
            throw new ArgumentException(
                $"Workspace '{directory}' must be an existing directory given by an absolute, normalised path that is not a link.",
                nameof(directory));
        }
    }
}
