namespace Asa.Api.Tasks;

/// <summary>A task as it was when admission committed it: QUEUED, with its id and time of acceptance.</summary>
public sealed record AdmittedTask(Guid TaskId, DateTime CreatedAt);
