using System.Text;

namespace Asa.Corpus;

/// <summary>The files of a folder: listed by relative path, copied over another folder, or read as text.</summary>
public static class CorpusFiles
{
    /// <summary>Every file under <paramref name="source"/>, by path relative to it; a git folder and links are left out.</summary>
    public static IEnumerable<string> RelativeFiles(string source) =>
        new DirectoryInfo(source).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(file => Path.GetRelativePath(source, file.FullName))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Contains(".git"))
            .Order(StringComparer.Ordinal);

    /// <summary>Copies every file under <paramref name="source"/> to the same relative path under <paramref name="destination"/>.</summary>
    public static void CopyTree(string source, string destination)
    {
        foreach (var relative in RelativeFiles(source))
        {
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(source, relative), target, overwrite: true);
            // File.Copy keeps the source's time; an overlay of the same size would then look unchanged to git and build tools.
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
        }
    }

    /// <summary>
    /// Every file under <paramref name="source"/> as UTF-8 text, keyed by its relative path with '/' separators (as a
    /// sandbox on any machine lays them out).
    /// </summary>
    /// <exception cref="InvalidDataException">The files hold more than <paramref name="maxBytes"/> in all.</exception>
    public static SortedDictionary<string, string> ReadTexts(string source, long maxBytes)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var relative in RelativeFiles(source))
        {
            var bytes = File.ReadAllBytes(Path.Combine(source, relative));
            total += bytes.Length;
            if (total > maxBytes)
            {
                throw new InvalidDataException($"the files under {source} hold more than {maxBytes:N0} bytes in all");
            }
            texts[relative.Replace(Path.DirectorySeparatorChar, '/')] = Encoding.UTF8.GetString(bytes);
        }
        return texts;
    }
}
