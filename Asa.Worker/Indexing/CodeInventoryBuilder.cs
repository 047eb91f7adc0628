using Asa.Repair.Indexing;
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
        foreach (var file in CheckoutWalk.Files(root, SkippedDirectories, cancellationToken))
        {
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

        var inventory = new CodeInventory { FileCount = paths.Count, TotalBytes = totalBytes };
        inventory.Languages.AddRange(shares.Values.OrderByDescending(s => s.FileCount).ThenBy(s => s.Language, StringComparer.Ordinal));
        inventory.DetectedTestCommand = TestCommandDetector.Detect(
            root, paths, shares.ToDictionary(pair => pair.Key, pair => pair.Value.FileCount)) ?? "";
        return inventory;
    }
}
