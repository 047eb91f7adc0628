using System.Formats.Tar;
using System.Text;

namespace Asa.Benchmarks;

/// <summary>A synthetic source tree as an uncompressed ustar archive (as `tar` writes one): files of a few hundred bytes in nested folders.</summary>
public static class GeneratedRepository
{
    private const int FilesPerFolder = 50;
    private const int FoldersPerParent = 20;

    public static byte[] Tar(int files)
    {
        using var archive = new MemoryStream();
        using (var writer = new TarWriter(archive, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var folders = new HashSet<string>();
            for (var i = 0; i < files; i++)
            {
                var folderIndex = i / FilesPerFolder;
                var folder = $"src/pkg{folderIndex / FoldersPerParent:D3}/mod{folderIndex % FoldersPerParent:D2}";
                AddFolders(writer, folders, folder);
                // 200 to 1,200 bytes, like the source files of a real repository.
                var content = new StringBuilder($"# file {i}\n");
                for (var line = 0; line < 5 + i % 25; line++)
                {
                    content.Append("def function_").Append(line).Append("(a, b):\n    return a + b\n");
                }
                var entry = new UstarTarEntry(TarEntryType.RegularFile, $"{folder}/file{i:D6}.py")
                {
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                    DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content.ToString())),
                };
                writer.WriteEntry(entry);
            }
        }
        return archive.ToArray();
    }

    private static void AddFolders(TarWriter writer, HashSet<string> written, string folder)
    {
        var path = "";
        foreach (var segment in folder.Split('/'))
        {
            path = path.Length == 0 ? segment : $"{path}/{segment}";
            if (written.Add(path))
            {
                writer.WriteEntry(new UstarTarEntry(TarEntryType.Directory, path + "/")
                {
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
                });
            }
        }
    }
}
