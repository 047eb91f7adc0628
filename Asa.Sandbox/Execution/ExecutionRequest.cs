namespace Asa.Sandbox.Execution;

/// <summary>One command to run in isolation against a workspace.</summary>
/// <param name="WorkspaceDirectory">Host path of the workspace: the only place the command can write.</param>
/// <param name="Command">Run as <c>/bin/sh -c Command</c> with the workspace as the working directory.</param>
public sealed record ExecutionRequest(string WorkspaceDirectory, string Command)
{
    /// <summary>The only variables the command sees, besides a minimal PATH, HOME and LANG.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;

    /// <summary>Network egress, for a setup step that installs dependencies; tests never get it.</summary>
    public bool AllowNetwork { get; init; }

    /// <summary>
    /// Host path of the workspace's home, writable and kept between runs (and copied into forks), so what a setup step
    /// installs for the user (<c>pip --user</c>, caches of npm, NuGet or Maven) is there for the tests; null for a
    /// throwaway home in /tmp.
    /// </summary>
    public string? HomeDirectory { get; init; }

    /// <summary>Checks the limits and the workspace before any backend starts anything.</summary>
    internal void Validate()
    {
        Limits.Validate();
        Execution.WorkspaceDirectory.Validate(WorkspaceDirectory);
    }
}
