namespace Asa.Api.Tasks;

/// <summary>A submission that passed validation, ready to be admitted.</summary>
public sealed record NewTask(
    string UserId,
    string RepoUrl,
    string BugDescription,
    string? TestCommand,
    string? SetupCommand,
    string? BaseBranch);
