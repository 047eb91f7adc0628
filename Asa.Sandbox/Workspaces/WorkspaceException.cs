using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>A workspace request that cannot be served, with the gRPC status the caller should see.</summary>
public sealed class WorkspaceException(StatusCode status, string message) : Exception(message)
{
    public StatusCode Status { get; } = status;

    public static WorkspaceException NotFound(string workspaceId) =>
        new(StatusCode.NotFound, $"Workspace '{workspaceId}' does not exist (it may have been collected).");

    public static WorkspaceException BadPath(string path, string why) =>
        new(StatusCode.InvalidArgument, $"Path '{path}' {why}.");
}
