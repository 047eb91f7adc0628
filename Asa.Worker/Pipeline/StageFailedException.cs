using Asa.Core.Errors;
using Asa.Protos.V1;

namespace Asa.Worker.Pipeline;

/// <summary>A stage gave up; carries the stage and the classed error the task will end with.</summary>
public sealed class StageFailedException(TaskState stage, AsaException error) : Exception(error.Message, error)
{
    public TaskState Stage { get; } = stage;

    public AsaException Error { get; } = error;
}
