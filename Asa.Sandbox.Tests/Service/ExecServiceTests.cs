using System.Diagnostics;
using System.Text;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Asa.Sandbox.Tests.Service;

public sealed class ExecServiceTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    private SandboxService.SandboxServiceClient Client => sandbox.Client;

    private static async Task<(string Stdout, string Stderr, ExecResult Result)> RunAsync(
        SandboxService.SandboxServiceClient client, ExecRequest request)
    {
        using var call = client.Exec(request, deadline: DateTime.UtcNow + TestTimeouts.Call);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        ExecResult? result = null;
        await foreach (var execEvent in call.ResponseStream.ReadAllAsync())
        {
            if (execEvent.Output is { } output)
            {
                (output.Stream == Protos.V1.OutputStream.Stdout ? stdout : stderr).Append(output.Data.ToStringUtf8());
            }
            result = execEvent.Result ?? result;
        }
        return (stdout.ToString(), stderr.ToString(), result ?? throw new InvalidOperationException("The run ended without a result."));
    }

    [Fact]
    public async Task CommandRunsInTheWorkspaceAndItsChangesShowInTheDiff()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var (stdout, _, result) = await RunAsync(Client, new ExecRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Command = "python3 -c 'import calculator; print(calculator.add(2, 3))' && sed -i 's/a - b/a + b/' calculator.py",
        });
        var diff = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: DateTime.UtcNow + TestTimeouts.Call);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("-1\n", stdout);
        Assert.Empty(result.LimitsHit);
        Assert.Equal(["calculator.py"], diff.ChangedPaths);
    }

    [Fact]
    public async Task TheWorkspacesHomeKeepsWhatASetupStepPutThereForLaterRunsAndForksAndIsNoPartOfTheDiff()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var (_, _, setup) = await RunAsync(Client, new ExecRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Command = "mkdir -p \"$HOME/.cache\" && echo installed > \"$HOME/.cache/dependency\"",
        });
        var fork = await Client.ForkWorkspaceAsync(new ForkWorkspaceRequest { WorkspaceId = workspace.WorkspaceId }, deadline: DateTime.UtcNow + TestTimeouts.Call);
        var (inWorkspace, _, _) = await RunAsync(Client, new ExecRequest { WorkspaceId = workspace.WorkspaceId, Command = "echo $HOME; cat ~/.cache/dependency" });
        var (inFork, _, _) = await RunAsync(Client, new ExecRequest { WorkspaceId = fork.WorkspaceId, Command = "cat ~/.cache/dependency" });
        var diff = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: DateTime.UtcNow + TestTimeouts.Call);

        Assert.Equal(0, setup.ExitCode);
        Assert.Equal("/home/sandbox\ninstalled\n", inWorkspace);
        Assert.Equal("installed\n", inFork);
        Assert.Empty(diff.ChangedPaths);
    }

    [Fact]
    public async Task FailingCommandReportsItsExitCodeAndStderr()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var (_, stderr, result) = await RunAsync(Client, new ExecRequest { WorkspaceId = workspace.WorkspaceId, Command = "echo broken >&2; exit 3" });

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("broken\n", stderr);
    }

    [Fact]
    public async Task TimeLimitEndsTheRunAndSaysSo()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var (_, _, result) = await RunAsync(Client, new ExecRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Command = "sleep 30",
            Limits = new ExecLimits { WallTime = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(500)) },
        });

        Assert.Contains(ExecLimitHit.Time, result.LimitsHit);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task CancelledCallKillsTheRun()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);
        const string marker = "sleep 987.654";
        using var cancellation = new CancellationTokenSource();

        using (var call = Client.Exec(new ExecRequest { WorkspaceId = workspace.WorkspaceId, Command = $"echo started; {marker}" },
                   deadline: DateTime.UtcNow + TestTimeouts.Call, cancellationToken: cancellation.Token))
        {
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.True(IsRunning(marker));
            await cancellation.CancelAsync();
        }

        // The service kills the run once it sees the cancel; its next call on the workspace waits for that.
        await Client.ListFilesAsync(new ListFilesRequest { WorkspaceId = workspace.WorkspaceId }, deadline: DateTime.UtcNow + TestTimeouts.Call);
        var (_, _, after) = await RunAsync(Client, new ExecRequest { WorkspaceId = workspace.WorkspaceId, Command = "true" });
        Assert.Equal(0, after.ExitCode);
        Assert.False(IsRunning(marker));
    }

    [Fact]
    public async Task BadLimitsAreRejected()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var exception = await Assert.ThrowsAsync<RpcException>(() => RunAsync(Client, new ExecRequest
        {
            WorkspaceId = workspace.WorkspaceId, Command = "true", Limits = new ExecLimits { MemoryBytes = 1024 },
        }));

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Contains("MemoryBytes", exception.Status.Detail);
    }

    private static bool IsRunning(string commandLine)
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-f", commandLine]) { RedirectStandardOutput = true })!;
        pgrep.WaitForExit();
        return pgrep.ExitCode == 0;
    }
}
