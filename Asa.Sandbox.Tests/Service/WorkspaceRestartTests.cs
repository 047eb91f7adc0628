using Asa.Protos.V1;
using Asa.Tests.Infrastructure;

namespace Asa.Sandbox.Tests.Service;

public sealed class WorkspaceRestartTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    [Fact]
    public async Task RestartLeavesNoOrphanedWorkspaces()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await sandbox.Client.UploadAsync(repository.Path);
        Assert.True(Directory.Exists(Path.Combine(sandbox.WorkspaceRoot, workspace.WorkspaceId)));

        await sandbox.RestartAsync();

        Assert.Empty(Directory.GetDirectories(sandbox.WorkspaceRoot));
        await sandbox.Process.WaitForLineAsync(line => line.Contains("Removed 1 workspaces left from before the start"));
    }
}
