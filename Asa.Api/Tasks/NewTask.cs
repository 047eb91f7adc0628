namespace Asa.Api.Tasks;

/// <summary>
/// A submission that passed validation, ready to be admitted; or a retry, which is admitted with the verified fix,
/// cloned commit and delivery progress of the failed task it names in <see cref="RetryOf"/>. <see cref="Fixer"/> and
/// <see cref="Model"/> are null for the worker's configured choice.
/// </summary>
public sealed record NewTask(
    string UserId,
    string RepoUrl,
    string BugDescription,
    string? TestCommand,
    string? SetupCommand,
    string? BaseBranch,
    Guid? RetryOf = null,
    string? Fixer = null,
    string? Model = null);
