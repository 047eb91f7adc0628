using Asa.Repair;
using Asa.Repair.Edits;
using Asa.Worker.Sandbox;

namespace Asa.Benchmarks;

/// <summary>The sandbox service as the engine reaches it in the worker (without network), for runs outside a task.</summary>
public sealed class SandboxCandidateRunner(SandboxClient sandbox) : ICandidateRunner
{
    public Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken) => sandbox.ForkAsync(workspaceId, cancellationToken);

    public Task WriteFilesAsync(
        string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken) =>
        sandbox.WriteFilesAsync(workspaceId, files, encodingOf, cancellationToken);

    public Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken) =>
        sandbox.RunAsync(workspaceId, command, allowNetwork: false, wallTime, cancellationToken, outputChars);

    public Task DeleteAsync(string workspaceId) => sandbox.DeleteAsync(workspaceId);
}
