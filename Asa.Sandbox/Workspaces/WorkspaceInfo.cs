namespace Asa.Sandbox.Workspaces;

/// <summary>A workspace as created or forked.</summary>
public sealed record WorkspaceInfo(string WorkspaceId, string Tree, int FileCount, long TotalBytes);
