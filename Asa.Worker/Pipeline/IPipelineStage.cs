using Asa.Protos.V1;

namespace Asa.Worker.Pipeline;

/// <summary>
/// One stage of the repair pipeline. The task shows <see cref="EntryState"/> when the stage begins; a stage that spans
/// several statuses (writing and running a reproduction test; finding, reviewing and verifying a fix) moves the task
/// through them itself, up to <see cref="LastState"/>.
/// </summary>
public interface IPipelineStage
{
    TaskState EntryState { get; }

    TaskState LastState => EntryState;

    /// <summary>
    /// Whether a task that already holds a verified fix (resumed, or retried to deliver it) still needs this stage;
    /// the stages that find and verify a fix do not, so they are not run twice.
    /// </summary>
    bool NeededForDelivery => false;

    /// <summary>
    /// Does the stage's work. It must be safe to run again after a crash: a resumed task runs earlier
    /// stages again to rebuild its workspace, so results are recorded idempotently and logs carry dedupe keys.
    /// </summary>
    Task RunAsync(TaskContext context, CancellationToken cancellationToken);
}
