using Asa.Repair.Edits;
using Asa.Repair.Indexing;

namespace Asa.Repair.Localization;

/// <summary>
/// Reads the text files of a checkout worth searching: no VCS metadata, dependencies or build output, nothing
/// larger than 512 KB, nothing binary, and never through a link.
/// </summary>
public static class CheckoutFiles
{
    public const int MaxFileBytes = 512 * 1024;
    private const int BinaryProbeBytes = 8 * 1024;

    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal)
    {
        ".git", "node_modules", "__pycache__", ".venv", "venv", ".gradle",
    };

    /// <summary>The files in ordinal order of their relative paths.</summary>
    public static IReadOnlyList<SourceFile> Read(string checkoutRoot, CancellationToken cancellationToken)
    {
        var root = new DirectoryInfo(checkoutRoot);
        var files = new List<SourceFile>();
        var rootPath = root.FullName;
        foreach (var file in CheckoutWalk.Files(checkoutRoot, directory => SkippedDirectories.Contains(directory.Name) || BuildOutput.Is(directory, rootPath), cancellationToken))
        {
            if (file.Length <= MaxFileBytes && Read(file) is var (text, encoding))
            {
                files.Add(new SourceFile(Path.GetRelativePath(root.FullName, file.FullName).Replace('\\', '/'), text, encoding));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    internal static string? ReadText(FileInfo file) => Read(file)?.Text;

    /// <summary>A text file's text and the encoding it is in (<see cref="TextEncoding"/>); null for a binary or unreadable file.</summary>
    internal static (string Text, TextEncoding Encoding)? Read(FileInfo file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Unreadable files (sockets, permissions) are not code the model could fix.
            return null;
        }
        if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeBytes)).Contains((byte)0))
        {
            return null;
        }
        return TextEncoding.Decode(bytes);
    }
}
