namespace Asa.Tests.Infrastructure;

/// <summary>A git repository made by <see cref="GitRepositoryBuilder"/>; deleted on dispose.</summary>
public sealed class GitRepository(string path, string defaultBranch, IReadOnlyList<string> commits) : IDisposable
{
    /// <summary>The work tree, with .git inside.</summary>
    public string Path { get; } = path;

    /// <summary>The branch HEAD points at.</summary>
    public string DefaultBranch { get; } = defaultBranch;

    /// <summary>The commit ids, oldest first.</summary>
    public IReadOnlyList<string> Commits { get; } = commits;

    /// <summary>The last commit.</summary>
    public string Head => Commits[^1];

    /// <summary>The repository as a file:// URL.</summary>
    public string FileUrl => new Uri(Path).AbsoluteUri;

    /// <summary>Runs git in the work tree.</summary>
    public Task<CommandResult> GitAsync(params string[] arguments) => GitRepositoryBuilder.GitAsync(Path, arguments);

    /// <summary>Deletes the repository.</summary>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
