namespace Asa.Worker.Pipeline;

/// <summary>The task reached a terminal state outside this run (a user cancelled it), so the run stops quietly.</summary>
public sealed class TaskEndedElsewhereException(Guid taskId)
    : Exception($"Task {taskId} ended while this worker was running it.");
