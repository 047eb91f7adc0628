using Asa.Protos.V1;

namespace Asa.Worker.Indexing;

/// <summary>Walks a checkout and describes it: files, languages, size, and the test command it implies.</summary>
public static class CodeInventoryBuilder
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal)
    {
        ".git", "node_modules", "bin", "obj", "__pycache__", ".venv", "venv", "target", ".gradle", ".idea", ".vs",
    };

    public static CodeInventory Build(string root, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        var shares = new Dictionary<string, LanguageShare>(StringComparer.Ordinal);
        long totalBytes = 0;
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                // Never follow links: a repository may point them anywhere on the host.
                if (entry.LinkTarget is not null)
                {
                    continue;
                }
                if (entry is DirectoryInfo child)
                {
                    if (!SkippedDirectories.Contains(child.Name))
                    {
                        pending.Push(child);
                    }
                    continue;
                }
                var file = (FileInfo)entry;
                var relative = Path.GetRelativePath(root, file.FullName);
                paths.Add(relative);
                totalBytes += file.Length;
                var language = Languages.Of(relative);
                if (!shares.TryGetValue(language, out var share))
                {
                    share = shares[language] = new LanguageShare { Language = language };
                }
                share.FileCount++;
                share.Bytes += file.Length;
            }
        }

        var inventory = new CodeInventory { FileCount = paths.Count, TotalBytes = totalBytes };
        inventory.Languages.AddRange(shares.Values.OrderByDescending(s => s.FileCount).ThenBy(s => s.Language, StringComparer.Ordinal));
        inventory.DetectedTestCommand = TestCommandDetector.Detect(
            root, paths, shares.ToDictionary(pair => pair.Key, pair => pair.Value.FileCount)) ?? "";
        return inventory;
    }
}
