using Asa.Worker.Sandbox;
using Asa.Repair;
using Asa.Repair.Edits;
using Asa.Worker.Pipeline;

namespace Asa.Worker.Pipeline;

/// <summary>The sandbox as one task's repair reaches it: commands run without network, and every fork is the task's to delete.</summary>
internal sealed class TaskSandbox(SandboxClient sandbox, TaskContext context) : ICandidateRunner
{
    public async Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var fork = await sandbox.ForkAsync(workspaceId, cancellationToken);
        context.Owns(fork);
        return fork;
    }

    public Task WriteFilesAsync(
        string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken) =>
        sandbox.WriteFilesAsync(workspaceId, files, encodingOf, cancellationToken);

    public Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken) =>
        sandbox.RunAsync(workspaceId, command, allowNetwork: false, wallTime, cancellationToken, outputChars);

    public Task DeleteAsync(string workspaceId) => sandbox.DeleteAsync(workspaceId);
}
