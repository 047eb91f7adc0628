using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// Turns a path a caller gave into a path inside a workspace tree, refusing anything that could leave it:
/// absolute paths, '..', and symbolic links anywhere along the way (a repository may point them at the host).
/// </summary>
public static class WorkspacePaths
{
    public static string Resolve(string tree, string relativePath, bool mustExist)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\0') || relativePath.Length > 4096)
        {
            throw WorkspaceException.BadPath(relativePath, "is empty, too long or contains NUL");
        }
        if (Path.IsPathRooted(relativePath))
        {
            throw WorkspaceException.BadPath(relativePath, "is absolute; give it relative to the workspace root");
        }
        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is ".." or "."))
        {
            throw WorkspaceException.BadPath(relativePath, "must not contain '.' or '..' segments");
        }

        var current = tree;
        for (var i = 0; i < segments.Length; i++)
        {
            current = Path.Combine(current, segments[i]);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                throw WorkspaceException.BadPath(relativePath, "goes through a symbolic link");
            }
            var isLast = i == segments.Length - 1;
            if (!isLast && File.Exists(current))
            {
                throw WorkspaceException.BadPath(relativePath, $"treats the file '{string.Join('/', segments[..(i + 1)])}' as a directory");
            }
            if (isLast && mustExist && !File.Exists(current))
            {
                throw new WorkspaceException(StatusCode.NotFound, $"File '{relativePath}' does not exist in the workspace.");
            }
        }
        return current;
    }
}
