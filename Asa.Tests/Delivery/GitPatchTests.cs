using Asa.Repair.Diffs;
using Asa.Tests.Infrastructure;
using Asa.Worker.Delivery;

namespace Asa.Tests.Delivery;

public sealed class GitPatchTests : IDisposable
{
    private static readonly string Sixty = Numbered(60, n => $"line {n}");

    // Every file's text before and after the change; null where the file does not exist.
    private static readonly Dictionary<string, (string? Old, string? New)> Changes = new()
    {
        ["src/multi.txt"] = (Sixty, Numbered(60, n => n switch
        {
            2 => "line two",
            20 => null,
            40 => "line 40\ninserted after 40",
            58 => "line fifty-eight",
            _ => $"line {n}",
        })),
        ["created/new.txt"] = (null, "brand new\nfile\n"),
        ["gone.txt"] = ("this file is deleted\nentirely\n", null),
        ["tail.txt"] = ("first\nlast without newline", "first\nlast changed, still without newline"),
        ["gains-newline.txt"] = ("no newline yet", "no newline yet\n"),
        ["loses-newline.txt"] = ("x\ny\n", "x\ny"),
        ["docs/my notes.txt"] = ("a space in the name\n", "a space in the name\nand a second line\n"),
        ["naïve café.txt"] = ("a non-ASCII name\n", "a non-ASCII name, changed\n"),
        ["say \"hi\".txt"] = ("a quote in the name\n", "a quote in the name, changed\n"),
        ["crlf.txt"] = ("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n"),
        ["run.sh"] = ("#!/bin/sh\necho old\n", "#!/bin/sh\necho new\n"),
        ["tools/build.sh"] = (null, "#!/bin/sh\nmake\n"),
    };

    private static readonly string[] MadeExecutable = ["run.sh", "tools/build.sh"];

    private readonly GitScratch scratch = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryFileOfARealGitDiffPatchesToExactlyItsNewContent(bool quotePath)
    {
        using var repository = await new GitRepositoryBuilder()
            .WithFiles(Changes.Where(change => change.Value.Old is not null).ToDictionary(change => change.Key, change => change.Value.Old!))
            .Commit("Before")
            .BuildAsync();
        foreach (var (path, (_, newText)) in Changes)
        {
            if (newText is null)
            {
                File.Delete(Path.Combine(repository.Path, path));
            }
            else
            {
                GitScratch.WriteFile(repository.Path, path, newText);
            }
        }
        foreach (var path in MadeExecutable)
        {
            GitScratch.MakeExecutable(Path.Combine(repository.Path, path));
        }
        var diff = await scratch.StagedDiffAsync(repository.Path, $"core.quotePath={(quotePath ? "true" : "false")}");

        var patches = GitPatch.Parse(diff);

        Assert.Contains(quotePath ? "\"a/na\\303\\257ve caf\\303\\251.txt\"" : " a/naïve café.txt ", diff);
        Assert.Equal(Changes.Keys.Order(StringComparer.Ordinal), patches.Select(patch => patch.Path).Order(StringComparer.Ordinal));
        Assert.Equal(
            Changes.ToDictionary(change => change.Key, change => change.Value.New),
            patches.ToDictionary(patch => patch.Path, patch => patch.Apply(Changes[patch.Path].Old)));
        Assert.Equal(MadeExecutable, patches.Where(patch => patch.NewMode == "100755").Select(patch => patch.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task APatchWhoseContextNoLongerMatchesThrowsNamingTheFileAndLine()
    {
        var (oldText, newText) = Changes["src/multi.txt"];
        using var repository = await new GitRepositoryBuilder().WithFile("src/multi.txt", oldText!).Commit("Before").BuildAsync();
        GitScratch.WriteFile(repository.Path, "src/multi.txt", newText!);
        var patch = Assert.Single(GitPatch.Parse(await scratch.StagedDiffAsync(repository.Path)));
        var drifted = oldText!.Replace("line 39\n", "line 39, edited since\n", StringComparison.Ordinal);

        var failure = Assert.Throws<FormatException>(() => patch.Apply(drifted));

        Assert.Contains("line 39 of 'src/multi.txt'", failure.Message);
    }

    [Fact]
    public async Task ABinaryChangeThrowsNamingTheFile()
    {
        using var repository = await new GitRepositoryBuilder().WithFile("assets/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 1, 2]).Commit("Before").BuildAsync();
        await File.WriteAllBytesAsync(Path.Combine(repository.Path, "assets/logo.png"), [0x89, 0x50, 0x4E, 0x47, 0, 3, 4]);
        var diff = await scratch.StagedDiffAsync(repository.Path);

        var failure = Assert.Throws<FormatException>(() => GitPatch.Parse(diff));

        Assert.Contains("'assets/logo.png' is binary", failure.Message);
    }

    [Fact]
    public async Task ARenameThrowsNamingTheFile()
    {
        using var repository = await new GitRepositoryBuilder().WithFile("old/name.txt", Sixty).Commit("Before").BuildAsync();
        Directory.CreateDirectory(Path.Combine(repository.Path, "new"));
        File.Move(Path.Combine(repository.Path, "old/name.txt"), Path.Combine(repository.Path, "new/name.txt"));
        var diff = await scratch.StagedDiffAsync(repository.Path);

        var failure = Assert.Throws<FormatException>(() => GitPatch.Parse(diff));

        Assert.Contains("rename from old/name.txt", diff);
        Assert.Contains("name.txt", failure.Message);
    }

    public void Dispose() => scratch.Dispose();

    private static string Numbered(int count, Func<int, string?> line) =>
        string.Concat(Enumerable.Range(1, count).Select(line).OfType<string>().Select(text => text + "\n"));
}
