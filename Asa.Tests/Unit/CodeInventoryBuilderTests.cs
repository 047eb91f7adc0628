using Asa.Worker.Indexing;
using Asa.Repair.Indexing;

namespace Asa.Tests.Unit;

public sealed class CodeInventoryBuilderTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("asa-inventory-");
    private readonly DirectoryInfo outside = Directory.CreateTempSubdirectory("asa-outside-");

    public void Dispose()
    {
        root.Delete(recursive: true);
        outside.Delete(recursive: true);
    }

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public void CountsFilesBytesAndLanguagesLargestFirst()
    {
        Write("a.py", "12345");
        Write("pkg/b.py", "123");
        Write("Program.cs", "1");

        var inventory = CodeInventoryBuilder.Build(root.FullName, CancellationToken.None);

        Assert.Equal(3, inventory.FileCount);
        Assert.Equal(9, inventory.TotalBytes);
        Assert.Equal(["Python", "C#"], inventory.Languages.Select(l => l.Language));
        Assert.Equal(8, inventory.Languages[0].Bytes);
    }

    [Fact]
    public void SkipsGitMetadataDependenciesAndBuildOutput()
    {
        Write("main.py", "x");
        Write(".git/config", "[core]");
        Write("node_modules/lib/index.js", "x");
        Write("bin/Debug/app.dll", "x");

        var inventory = CodeInventoryBuilder.Build(root.FullName, CancellationToken.None);

        Assert.Equal(1, inventory.FileCount);
    }

    [Fact]
    public void NeverFollowsLinksOutOfTheRepository()
    {
        File.WriteAllText(Path.Combine(outside.FullName, "secret.py"), "TOKEN = 'x'");
        Write("main.py", "x");
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "escape"), outside.FullName);
        File.CreateSymbolicLink(Path.Combine(root.FullName, "link.py"), Path.Combine(outside.FullName, "secret.py"));

        var inventory = CodeInventoryBuilder.Build(root.FullName, CancellationToken.None);

        Assert.Equal(1, inventory.FileCount);
    }
}
