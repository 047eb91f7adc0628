using System.Diagnostics;
using Asa.Sandbox.Docker;
using Asa.Sandbox.Execution;
using Asa.Tests.Infrastructure;

namespace Asa.Sandbox.Tests.Docker;

/// <summary>The host side of the wrapper's protocol, without an engine: what a hostile command could leave behind.</summary>
public sealed class DockerRunDirectoryTests : IDisposable
{
    private readonly DirectoryInfo parent = Directory.CreateTempSubdirectory("asa-docker-run-test-");
    private readonly DockerRunDirectory run;

    public DockerRunDirectoryTests() => run = DockerRunDirectory.Create(Path.Combine(parent.FullName, "run"));

    private string PathOf(string name) => Path.Combine(run.HostPath, name);

    public void Dispose()
    {
        run.Dispose();
        parent.Delete(recursive: true);
    }

    [Fact]
    public void TheSandboxUserCanWriteButNotReplaceTheStopFifo()
    {
        var mode = File.GetUnixFileMode(run.HostPath);

        Assert.True(mode.HasFlag(UnixFileMode.StickyBit | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            File.GetUnixFileMode(PathOf(DockerRunWrapper.StopFile)));
    }

    [Fact]
    public void AStopWithNoWatchdogWaitingIsRefusedAtOnce() =>
        Assert.False(run.TryRequestStop());

    [Fact]
    public async Task AStopReachesTheWaitingWatchdog()
    {
        // Opening a FIFO for reading blocks until a writer opens it: this is the watchdog.
        var watchdog = Task.Run(() => File.ReadAllText(PathOf(DockerRunWrapper.StopFile)));

        var waiting = Stopwatch.StartNew();
        while (!run.TryRequestStop())
        {
            Assert.True(waiting.Elapsed < TestTimeouts.Command, "The watchdog never opened the FIFO.");
            await Task.Delay(10);
        }

        Assert.Equal("", await watchdog.WaitAsync(TestTimeouts.Command));
    }

    [Fact]
    public void TheWrappersReportIsRead()
    {
        File.WriteAllText(PathOf(DockerRunWrapper.UsageFile), "memory/memory.oom_control oom_kill 1\nmemory/memory.max_usage_in_bytes 4096\n");

        Assert.Equal(new DockerUsageReport(4096, MemoryLimitHit: true, PidsLimitHit: false), run.ReadUsage());
    }

    [Fact]
    public void NoReportIsNull() =>
        Assert.Null(run.ReadUsage());

    [Fact]
    public void AReportThatIsAFifoIsNotOpened()
    {
        Assert.Equal(0, NativeMethods.MakeFifo(PathOf(DockerRunWrapper.UsageFile), (uint)(UnixFileMode.UserRead | UnixFileMode.UserWrite)));

        Assert.Null(run.ReadUsage());
    }

    [Fact]
    public void AReportThatIsALinkIsNotFollowed()
    {
        var elsewhere = Path.Combine(parent.FullName, "elsewhere");
        File.WriteAllText(elsewhere, "memory/memory.oom_control oom_kill 1\n");
        File.CreateSymbolicLink(PathOf(DockerRunWrapper.UsageFile), elsewhere);

        Assert.Null(run.ReadUsage());
    }

    [Fact]
    public void DisposingRemovesTheDirectoryWithWhatTheCommandLeftInIt()
    {
        Directory.CreateDirectory(PathOf("left/behind"));
        File.WriteAllText(PathOf("left/behind/file"), "x");

        run.Dispose();

        Assert.False(Directory.Exists(run.HostPath));
    }
}
