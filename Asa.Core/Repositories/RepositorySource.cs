namespace Asa.Core.Repositories;

/// <summary>Where a repository comes from, once its URL has been accepted.</summary>
public sealed record RepositorySource(RepositorySourceKind Kind, string CloneUrl);

public enum RepositorySourceKind
{
    GitHub,
    Https,
    Local,
}
