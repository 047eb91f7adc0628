using Asa.Repair.Edits;

namespace Asa.Repair;

/// <summary>Reads one file of the worker's clone by repository path, refusing anything that would leave it.</summary>
public static class CheckoutFile
{
    /// <summary>The file's text, or null when it does not exist, is not a regular file, or its path is not a repository path.</summary>
    public static string? Read(string checkoutRoot, string path)
    {
        if (!RepositoryPath.Check(path, out _))
        {
            return null;
        }
        var root = Path.GetFullPath(checkoutRoot);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        // A link inside the clone may point anywhere on the worker's disk; no part of the path may be one.
        for (var current = new FileInfo(full) as FileSystemInfo; current.FullName.Length > root.Length; current = new DirectoryInfo(Path.GetDirectoryName(current.FullName)!))
        {
            if (current.LinkTarget is not null)
            {
                return null;
            }
        }
        return File.Exists(full) ? TextEncoding.Decode(File.ReadAllBytes(full)).Text : null;
    }
}
