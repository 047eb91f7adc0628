using System.Text;
using Asa.Sandbox.Execution;
using Asa.Sandbox.Tests.Isolation;

namespace Asa.Sandbox.Tests.Bubblewrap;

public sealed class BubblewrapExecutionTests : IDisposable
{
    private readonly SandboxWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task EchoAndPythonRunAndReportSuccess()
    {
        var run = await workspace.RunAsync("echo hello; python3 -c 'print(1+1)'");

        Assert.Equal("hello\n2\n", run.Stdout);
        Assert.Equal(0, run.Result.ExitCode);
        Assert.Null(run.Result.Signal);
        Assert.Equal(LimitsHit.None, run.Result.LimitsHit);
        Assert.True(run.Result.PeakMemoryBytes > 0);
    }

    [Fact]
    public async Task ReportsTheCommandsExitCodeAndStderr()
    {
        var run = await workspace.RunAsync("echo oops >&2; exit 3");

        Assert.Equal(3, run.Result.ExitCode);
        Assert.Equal("oops\n", run.Stderr);
    }

    [Fact]
    public async Task StreamsOutputWhileTheCommandIsStillRunning()
    {
        // The command waits for a file the test only creates once it has seen the first line.
        var command = "echo ready; while [ ! -e go ]; do sleep 0.05; done; echo done";

        var run = await workspace.RunAsync(command, onChunk: chunk =>
        {
            if (Encoding.UTF8.GetString(chunk.Data.Span).Contains("ready"))
            {
                File.WriteAllText(workspace.PathOf("go"), "");
            }

            return ValueTask.CompletedTask;
        });

        Assert.Equal("ready\ndone\n", run.Stdout);
        Assert.Equal(LimitsHit.None, run.Result.LimitsHit);
    }

    [Fact]
    public async Task RunsInTheWorkspaceWithOnlyTheGivenEnvironment()
    {
        var run = await workspace.RunAsync(
            "pwd; echo from-sandbox > made.txt; env | sort",
            environment: new Dictionary<string, string> { ["GREETING"] = "hi" });

        Assert.Equal(0, run.Result.ExitCode);
        Assert.StartsWith("/workspace\n", run.Stdout);
        Assert.Equal("from-sandbox\n", File.ReadAllText(workspace.PathOf("made.txt")));
        var names = run.Stdout.Split('\n').Skip(1).Where(l => l.Contains('=')).Select(l => l[..l.IndexOf('=')]).ToHashSet();
        Assert.Equal(
            ["DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE", "DOTNET_GCHeapHardLimit", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_SKIP_WORKLOAD_INTEGRITY_CHECK", "GREETING", "HOME", "JAVA_TOOL_OPTIONS", "LANG", "NODE_OPTIONS", "PATH", "PIP_BREAK_SYSTEM_PACKAGES", "PIP_DISABLE_PIP_VERSION_CHECK", "PWD"],
            names.Where(n => n != "_").Order(StringComparer.Ordinal));
        Assert.Contains("DOTNET_NOLOGO=1\n", run.Stdout);
        Assert.Contains("DOTNET_GENERATE_ASPNET_CERTIFICATE=false\n", run.Stdout);
    }

    [Fact]
    public async Task TellsRuntimesTheMemoryLimit()
    {
        var run = await workspace.RunAsync(
            "echo $DOTNET_GCHeapHardLimit $JAVA_TOOL_OPTIONS $NODE_OPTIONS",
            limits: new ExecutionLimits { MemoryBytes = 256L * 1024 * 1024 });

        Assert.Equal("0xC000000 -Xmx192m --max-old-space-size=192\n", run.Stdout);
    }
}
