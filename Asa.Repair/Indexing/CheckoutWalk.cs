namespace Asa.Repair.Indexing;

/// <summary>Walks the files of a clone without ever following a link, which a repository may point anywhere on the host.</summary>
public static class CheckoutWalk
{
    /// <summary>Every regular file below <paramref name="root"/>, leaving out the folders named in <paramref name="skippedDirectories"/>.</summary>
    public static IEnumerable<FileInfo> Files(string root, IReadOnlySet<string> skippedDirectories, CancellationToken cancellationToken)
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null)
                {
                    continue;
                }
                if (entry is DirectoryInfo child)
                {
                    if (!skippedDirectories.Contains(child.Name))
                    {
                        pending.Push(child);
                    }
                }
                else if (entry is FileInfo file)
                {
                    yield return file;
                }
            }
        }
    }
}
