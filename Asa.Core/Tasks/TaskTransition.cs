using Asa.Protos.V1;

namespace Asa.Core.Tasks;

/// <summary>What a status change did: the state left, and how long the task had been in it.</summary>
public sealed record TaskTransition(TaskState From, TaskState To, TimeSpan? PreviousStageDuration);
