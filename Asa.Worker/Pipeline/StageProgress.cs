using Asa.Core.Tasks;
using Asa.Protos.V1;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Moves a task from status to status as its stages (and the loops inside them) go. A resumed task replays the
/// stages it had entered without announcing them again, until it reaches the status it was in when it stopped.
/// </summary>
public sealed class StageProgress(Guid taskId, TaskJournal journal, TaskState resumedFrom, Action<TaskState> onStage)
{
    private bool replaying = resumedFrom is not (TaskState.Queued or TaskState.Unspecified);
    private TaskState current = TaskState.Unspecified;

    /// <summary>The status the task is in: the last one entered in this run, else the one it was resumed in.</summary>
    public TaskState Current => current == TaskState.Unspecified ? resumedFrom : current;

    public async Task EnterAsync(TaskState state, CancellationToken cancellationToken)
    {
        onStage(state);
        var previous = Current;
        current = state;
        if (replaying)
        {
            if (state != resumedFrom && (int)state < (int)resumedFrom)
            {
                return;
            }
            replaying = false;
            if (state == resumedFrom)
            {
                return;
            }
        }
        // A loop may enter the status it is already in (a stage retried after a transient error); that is no change.
        if (state == previous)
        {
            return;
        }
        if (await journal.TransitionAsync(taskId, state, cancellationToken: cancellationToken) is null)
        {
            throw new TaskEndedElsewhereException(taskId);
        }
    }
}
