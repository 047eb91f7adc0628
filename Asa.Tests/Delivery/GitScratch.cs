using System.Security.Cryptography;
using System.Text;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Delivery;

/// <summary>Temp repositories for the delivery tests, made and read with the git CLI; deleted on dispose.</summary>
public sealed class GitScratch : IDisposable
{
    private readonly List<string> directories = [];

    public string NewDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("asa-tests-delivery-").FullName;
        directories.Add(directory);
        return directory;
    }

    /// <summary>A new repository on <paramref name="branch"/> whose one commit holds <paramref name="files"/>.</summary>
    public async Task<string> RepositoryAsync(IReadOnlyDictionary<string, string> files, string branch = "main")
    {
        var directory = NewDirectory();
        await GitAsync(directory, "init", "--quiet", $"--initial-branch={branch}");
        foreach (var (path, content) in files)
        {
            WriteFile(directory, path, content);
        }
        await CommitAllAsync(directory, "Initial");
        return directory;
    }

    /// <summary>A clone with a working tree, detached at <paramref name="commit"/> when one is given.</summary>
    public async Task<string> CloneAsync(string source, string? commit = null)
    {
        var directory = NewDirectory();
        await GitAsync(directory, "clone", "--quiet", source, ".");
        if (commit is not null)
        {
            await GitAsync(directory, "checkout", "--quiet", "--detach", commit);
        }
        return directory;
    }

    public async Task<string> BareCloneAsync(string source)
    {
        var directory = NewDirectory();
        await GitAsync(directory, "clone", "--quiet", "--bare", source, ".");
        return directory;
    }

    /// <summary>
    /// Stages every change and returns <c>git diff --cached --no-color</c> as git wrote it: through a file, because
    /// captured output is split into lines and would lose carriage returns.
    /// </summary>
    public async Task<string> StagedDiffAsync(string directory, params string[] settings)
    {
        await GitAsync(directory, "add", "--all");
        var output = Path.Combine(NewDirectory(), "staged.diff");
        await GitAsync(directory, [.. settings.SelectMany(setting => new[] { "-c", setting }), "diff", "--cached", "--no-color", $"--output={output}"]);
        return await File.ReadAllTextAsync(output, Encoding.UTF8);
    }

    /// <summary>Stages every change, commits it, and returns the new commit's id.</summary>
    public static async Task<string> CommitAllAsync(string directory, string message)
    {
        await GitAsync(directory, "add", "--all");
        await GitAsync(directory, "commit", "--quiet", "--message", message);
        return await GitLineAsync(directory, "rev-parse", "HEAD");
    }

    public static async Task<IReadOnlyList<string>> GitAsync(string directory, params string[] arguments) =>
        (await GitRepositoryBuilder.GitAsync(directory, arguments)).Lines;

    public static async Task<string> GitLineAsync(string directory, params string[] arguments) =>
        Assert.Single(await GitAsync(directory, arguments));

    /// <summary>Every ref with its target, and where HEAD points, sorted.</summary>
    public static async Task<IReadOnlyList<string>> RefsAsync(string directory) =>
        [.. (await GitAsync(directory, "for-each-ref", "--format=%(refname) %(objectname)"))
            .Append($"HEAD -> {await GitLineAsync(directory, "symbolic-ref", "HEAD")}")
            .Order(StringComparer.Ordinal)];

    /// <summary>The ids of every commit object in the repository, reachable or not.</summary>
    public static async Task<IReadOnlyList<string>> CommitObjectsAsync(string directory) =>
        [.. (await GitAsync(directory, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectname)"))
            .Where(line => line.StartsWith("commit ", StringComparison.Ordinal))];

    /// <summary>
    /// What the user of a repository with a working tree sees: HEAD, the index byte for byte, the status, and every file
    /// outside .git with its mode and content.
    /// </summary>
    public static async Task<string> WorkingStateAsync(string directory)
    {
        var state = new StringBuilder();
        state.AppendLine($"HEAD {await GitLineAsync(directory, "rev-parse", "--symbolic-full-name", "HEAD")} at {await GitLineAsync(directory, "rev-parse", "HEAD")}");
        state.AppendLine($"index {Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(directory, ".git", "index"))))}");
        // --no-optional-locks: a plain status may refresh the index file, which would hide or fake a change to it.
        foreach (var line in await GitAsync(directory, "--no-optional-locks", "status", "--porcelain", "--untracked-files=all"))
        {
            state.AppendLine($"status {line}");
        }
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path))
            .Where(path => !path.StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file);
            state.AppendLine($"file {file} {File.GetUnixFileMode(path)} {Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path)))}");
        }
        return state.ToString();
    }

    /// <summary>Writes a file under <paramref name="directory"/>, creating its folders; the text's bytes go out as UTF-8 without a byte order mark.</summary>
    public static void WriteFile(string directory, string path, string content)
    {
        var fullPath = Path.Combine(directory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static void MakeExecutable(string path) =>
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);

    public void Dispose()
    {
        foreach (var directory in directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
