namespace Asa.Worker.Evaluation;

/// <summary>An evaluation result whose task has ended, claimed by this worker to be judged and recorded.</summary>
public sealed record EndedEvaluation(
    long ResultId,
    string RunId,
    Guid TaskId,
    string TaskStatus,
    string RepoUrl,
    string? CommitSha,
    string? FixJson,
    string? RepairSearchJson,
    string? ErrorMessage,
    DateTime? StartedAt,
    DateTime? EndedAt,
    decimal CostUsd,
    string? CheckCommand,
    string? CheckFilesJson);
