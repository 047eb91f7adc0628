namespace Asa.Sandbox.Execution;

/// <summary>Runs untrusted commands in isolation.</summary>
public interface IExecutionBackend
{
    /// <summary>
    /// Runs the command and streams its output to <paramref name="onOutput"/>, which is never called
    /// concurrently and must not keep the chunk's memory after it returns. When the run is cancelled every
    /// process of it is killed before the <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    Task<ExecutionResult> RunAsync(
        ExecutionRequest request, Func<OutputChunk, ValueTask> onOutput, CancellationToken cancellationToken);
}
