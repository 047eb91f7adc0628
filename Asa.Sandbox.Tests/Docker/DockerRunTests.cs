using Asa.Sandbox.Docker;
using Asa.Sandbox.Execution;
using Asa.Sandbox.Tests.Isolation;

namespace Asa.Sandbox.Tests.Docker;

/// <summary>
/// The docker backend's wrapper (<see cref="DockerRunWrapper"/>) must not show: the command ends, prints and is
/// stopped as if it were the container's only process. Skipped without ASA_DOCKER_ENDPOINT.
/// </summary>
public sealed class DockerRunTests : IDisposable
{
    private readonly SandboxWorkspace workspace = new(SandboxBackendKind.Docker);

    public void Dispose() => workspace.Dispose();

    [SkippableTheory]
    [InlineData("exit 3", 3, null)]
    [InlineData("kill -TERM $$", 143, 15)]
    [InlineData("kill -KILL $$", 137, 9)]
    public async Task TheCommandsStatusAndOutputAreItsOwn(string ending, int exitCode, int? signal)
    {
        var run = await workspace.RunAsync($"echo out; echo err >&2; {ending}");

        Assert.Equal(exitCode, run.Result.ExitCode);
        Assert.Equal(signal, run.Result.Signal);
        Assert.Equal("out\n", run.Stdout);
        Assert.Equal("err\n", run.Stderr);
        Assert.Equal(LimitsHit.None, run.Result.LimitsHit);
    }

    [SkippableFact]
    public async Task TheCommandStartsWithNoSignalIgnored()
    {
        var run = await workspace.RunAsync("grep '^SigIgn:' /proc/self/status");

        Assert.Equal("SigIgn:\t0000000000000000\n", run.Stdout);
    }

    [SkippableFact]
    public async Task ACommandThatKillsTheWatchdogIsStillStoppedAtTheTimeLimit()
    {
        // kill -1 reaches every process the command may signal: the wrapper's watchdog, not the wrapper (pid 1).
        var run = await workspace.RunAsync(
            "kill -KILL -1; echo alive; sleep 30",
            limits: new ExecutionLimits { WallTime = TimeSpan.FromSeconds(2) });

        Assert.Equal("alive\n", run.Stdout);
        Assert.Equal(LimitsHit.Time, run.Result.LimitsHit);
        Assert.Equal(137, run.Result.ExitCode);
        Assert.InRange(run.Result.WallTime, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
    }
}
