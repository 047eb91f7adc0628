using Asa.Core.Repositories;

namespace Asa.Worker.Delivery;

/// <summary>Where a task's fix can go, decided from the repository URL and the configured GitHub.</summary>
public abstract record DeliveryTarget
{
    /// <summary>A repository on this machine: the branch is created in it.</summary>
    public sealed record LocalRepository(string Path) : DeliveryTarget;

    /// <summary>A repository on the configured GitHub: the branch is pushed and a pull request opened, given a token.</summary>
    public sealed record GitHub(GitHubRepository Repository) : DeliveryTarget;

    /// <summary>Any other remote: ASA holds no credentials for it, so the fix stays with the task.</summary>
    public sealed record OtherRemote(string RemoteUrl, string Host) : DeliveryTarget;

    public static DeliveryTarget For(RepositorySource source, string gitHubHost)
    {
        if (source.Kind == RepositorySourceKind.Local)
        {
            return new LocalRepository(source.CloneUrl);
        }
        var url = new Uri(source.CloneUrl);
        var segments = url.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (string.Equals(url.Host, gitHubHost, StringComparison.OrdinalIgnoreCase) && segments.Length == 2)
        {
            var name = segments[1].EndsWith(".git", StringComparison.Ordinal) ? segments[1][..^4] : segments[1];
            return new GitHub(new GitHubRepository(segments[0], name));
        }
        return new OtherRemote(source.CloneUrl, url.Host);
    }
}
