namespace Asa.Repair;

/// <summary>
/// Where candidate fixes run: copies of the reproduced workspace in the sandbox, never on the worker. The worker
/// implements it over the sandbox client for one task, and deletes every fork it made when the task ends.
/// </summary>
public interface ICandidateRunner
{
    /// <summary>A copy of the workspace, so a candidate can be tried without touching the original or its siblings.</summary>
    Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Writes files as text, each in the encoding <paramref name="encodingOf"/> gives for its path (UTF-8 when none does).</summary>
    Task WriteFilesAsync(
        string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, Edits.TextEncoding>? encodingOf, CancellationToken cancellationToken);

    /// <summary>Runs a command without network; the run keeps the last <paramref name="outputChars"/> characters of its output.</summary>
    Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken);

    /// <summary>Deletes a fork that is no longer needed.</summary>
    Task DeleteAsync(string workspaceId);
}
