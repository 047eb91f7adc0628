namespace Asa.Repair.Engine;

/// <summary>
/// What the engine searches with: the workspace the bug was reproduced in, the command that shows the failure (the
/// reproduction test's, or the user's own tests narrowed to the failing ones), the full test command, the failure's
/// output and the test's source, and the files it must never edit.
/// </summary>
public sealed record SearchRequest(
    string WorkspaceId,
    string FailingCommand,
    string FullCommand,
    string FailureOutput,
    string? TestSource,
    IReadOnlySet<string> ProtectedFiles);
