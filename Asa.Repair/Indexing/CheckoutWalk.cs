namespace Asa.Repair.Indexing;

/// <summary>Walks the files of a clone without ever following a link, which a repository may point anywhere on the host.</summary>
public static class CheckoutWalk
{
    /// <summary>Every regular file below <paramref name="root"/>, leaving out the folders named in <paramref name="skippedDirectories"/>.</summary>
    public static IEnumerable<FileInfo> Files(string root, IReadOnlySet<string> skippedDirectories, CancellationToken cancellationToken) =>
        Files(root, directory => skippedDirectories.Contains(directory.Name), cancellationToken);

    /// <summary>Every regular file below <paramref name="root"/>, leaving out the folders <paramref name="skipped"/> says.</summary>
    public static IEnumerable<FileInfo> Files(string root, Func<DirectoryInfo, bool> skipped, CancellationToken cancellationToken)
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
                    if (!skipped(child))
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
