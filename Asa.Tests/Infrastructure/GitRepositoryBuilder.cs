using System.Text;

namespace Asa.Tests.Infrastructure;

/// <summary>Builds a local git repository with the git CLI: a sequence of commits on a named default branch.</summary>
public sealed class GitRepositoryBuilder
{
    private readonly List<(string Message, Dictionary<string, byte[]> Files, Dictionary<string, string> Links)> commits = [];
    private Dictionary<string, byte[]> pending = [];
    private Dictionary<string, string> pendingLinks = [];
    private string defaultBranch = "main";

    /// <summary>A small Python project with a bug and a pytest suite.</summary>
    public static GitRepositoryBuilder PythonProject() => new GitRepositoryBuilder()
        .WithFile("calculator.py", "def add(a, b):\n    return a - b\n")
        .WithFile("test_calculator.py", "from calculator import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
        .WithFile("README.md", "# calculator\n")
        .Commit("Add calculator");

    /// <summary>
    /// A repository whose clone takes a couple of seconds, so a test can act while a task is cloning it.
    /// Random bytes neither compress nor delta. Submit its <see cref="GitRepository.FileUrl"/>: LibGit2Sharp
    /// 0.32 packs a file:// remote (measured: 2.5 to 3.2 s for the default 24 MiB) but copies the objects
    /// of a plain local path (0.2 s).
    /// </summary>
    public static GitRepositoryBuilder Large(int fileCount = 3, int megabytesPerFile = 8)
    {
        var random = new Random(20261126);
        var builder = PythonProject();
        for (var i = 0; i < fileCount; i++)
        {
            var bytes = new byte[megabytesPerFile * 1024 * 1024];
            random.NextBytes(bytes);
            builder.WithFile($"data/blob{i}.bin", bytes);
        }
        return builder.Commit("Add data files");
    }

    /// <summary>The branch the repository starts on and its HEAD points at.</summary>
    public GitRepositoryBuilder WithDefaultBranch(string branch)
    {
        defaultBranch = branch;
        return this;
    }

    /// <summary>Adds or replaces a UTF-8 text file in the next commit.</summary>
    public GitRepositoryBuilder WithFile(string path, string content) => WithFile(path, Encoding.UTF8.GetBytes(content));

    /// <summary>Adds or replaces a file in the next commit.</summary>
    public GitRepositoryBuilder WithFile(string path, byte[] content)
    {
        pending[path] = content;
        return this;
    }

    /// <summary>Adds a symbolic link to <paramref name="target"/> (relative to the link's folder) in the next commit.</summary>
    public GitRepositoryBuilder WithSymbolicLink(string path, string target)
    {
        pendingLinks[path] = target;
        return this;
    }

    /// <summary>Adds or replaces text files, keyed by path, in the next commit.</summary>
    public GitRepositoryBuilder WithFiles(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            WithFile(path, content);
        }
        return this;
    }

    /// <summary>Ends the next commit: the files added since the previous one.</summary>
    public GitRepositoryBuilder Commit(string message)
    {
        commits.Add((message, pending, pendingLinks));
        pending = [];
        pendingLinks = [];
        return this;
    }

    /// <summary>Creates the repository in a new temp directory; files added after the last commit stay uncommitted.</summary>
    public async Task<GitRepository> BuildAsync(TimeSpan? timeout = null)
    {
        var directory = Directory.CreateTempSubdirectory("asa-tests-git-").FullName;
        var deadline = DateTime.UtcNow + (timeout ?? TestTimeouts.Command);
        try
        {
            await GitAsync(directory, deadline, ["init", "--quiet", $"--initial-branch={defaultBranch}"]);
            var shas = new List<string>();
            for (var i = 0; i < commits.Count; i++)
            {
                WriteFiles(directory, commits[i].Files, commits[i].Links);
                await GitAsync(directory, deadline, ["add", "--all"]);
                // Fixed dates make commit ids the same on every run.
                var date = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).AddMinutes(i).ToString("o");
                await GitAsync(directory, deadline, ["commit", "--quiet", "--allow-empty", "--message", commits[i].Message],
                    new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date });
                shas.Add((await GitAsync(directory, deadline, ["rev-parse", "HEAD"])).Lines[0]);
            }
            WriteFiles(directory, pending, pendingLinks);
            return new GitRepository(directory, defaultBranch, shas);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Runs git in <paramref name="directory"/> isolated from the machine's and the user's git config.</summary>
    public static Task<CommandResult> GitAsync(string directory, params string[] arguments) =>
        GitAsync(directory, DateTime.UtcNow + TestTimeouts.Command, arguments);

    private static Task<CommandResult> GitAsync(
        string directory, DateTime deadline, string[] arguments, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_AUTHOR_NAME"] = "ASA Tests",
            ["GIT_AUTHOR_EMAIL"] = "tests@asa.invalid",
            ["GIT_COMMITTER_NAME"] = "ASA Tests",
            ["GIT_COMMITTER_EMAIL"] = "tests@asa.invalid",
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        var spec = new ProcessSpec("git", "git", arguments) { WorkingDirectory = directory, Environment = environment };
        var left = deadline - DateTime.UtcNow;
        return Command.RunCheckedAsync(spec, left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    private static void WriteFiles(string directory, Dictionary<string, byte[]> files, Dictionary<string, string> links)
    {
        foreach (var (path, target) in links)
        {
            var fullPath = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            File.CreateSymbolicLink(fullPath, target);
        }
        foreach (var (path, content) in files)
        {
            var fullPath = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            File.WriteAllBytes(fullPath, content);
        }
    }
}
