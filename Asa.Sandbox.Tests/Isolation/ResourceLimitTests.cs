using System.Diagnostics;
using Asa.Sandbox.Execution;
using Asa.Sandbox.Tests.Docker;
using Asa.Tests.Infrastructure;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>Runs against bubblewrap; <see cref="DockerResourceLimitTests"/> runs the same facts against the docker backend.</summary>
public class ResourceLimitTests : IDisposable
{
    private const long MiB = 1024 * 1024;
    private readonly SandboxWorkspace workspace;

    public ResourceLimitTests()
        : this(SandboxBackendKind.Bubblewrap)
    {
    }

    protected ResourceLimitTests(SandboxBackendKind backend) => workspace = new SandboxWorkspace(backend);

    public void Dispose()
    {
        workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task AMemoryBombIsKilledAtTheLimitAndReportedAsSuch()
    {
        var run = await workspace.RunAsync(
            "python3 -c 'x = []\nwhile True: x.append(b\"a\" * (8 << 20))'",
            limits: new ExecutionLimits { MemoryBytes = 128 * MiB });

        Assert.True(run.Result.LimitsHit.HasFlag(LimitsHit.Memory), run.Result.ToString());
        Assert.Equal(9, run.Result.Signal);
        Assert.InRange(run.Result.PeakMemoryBytes, 64 * MiB, 128 * MiB);
    }

    [SkippableFact]
    public async Task AForkBombIsContainedAndTheHostCanStillFork()
    {
        var run = await workspace.RunAsync(
            "bomb() { bomb | bomb & }; bomb; sleep 30",
            limits: new ExecutionLimits { Pids = 64, WallTime = TimeSpan.FromSeconds(3) });

        Assert.True(run.Result.LimitsHit.HasFlag(LimitsHit.Pids), run.Result.ToString());
        using var probe = Process.Start("/bin/true");
        await probe.WaitForExitAsync().WaitAsync(TestTimeouts.Command);
        Assert.Equal(0, probe.ExitCode);
        Assert.Equal("still serving\n", (await workspace.RunAsync("echo still serving")).Stdout);
    }

    [SkippableFact]
    public async Task AWriteBeyondTheFileSizeLimitIsStopped()
    {
        var run = await workspace.RunAsync(
            "head -c 64M /dev/zero > big; echo status $?",
            limits: new ExecutionLimits { FileSizeBytes = 4 * MiB });

        // 153 is 128 + SIGXFSZ: head died writing past the limit.
        Assert.Equal("status 153\n", run.Stdout);
        Assert.Equal(4 * MiB, new FileInfo(workspace.PathOf("big")).Length);
    }

    [SkippableFact]
    public async Task FillingTmpStopsAtItsSize()
    {
        var run = await workspace.RunAsync(
            "head -c 64M /dev/zero > /tmp/big; echo status $?; du -k /tmp/big",
            limits: new ExecutionLimits { TmpBytes = 8 * MiB });

        Assert.StartsWith("status 1\n", run.Stdout);
        Assert.Contains("No space left on device", run.Stderr);
        Assert.InRange(long.Parse(run.Stdout.Split('\n')[1].Split('\t')[0]), 1, 8 * 1024);
    }

    [SkippableFact]
    public async Task NoWritableScratchDirectoryHoldsMoreThanTheTmpSize()
    {
        // Whatever a backend mounts writable outside the workspace (podman adds /run, /var/tmp and /dev/shm)
        // is capped like /tmp, so it cannot be filled past the limit.
        var run = await workspace.RunAsync(
            "for d in /tmp /var/tmp /dev/shm /run /run/lock; do head -c 64M /dev/zero > $d/big 2>/dev/null; "
            + "echo \"$d $(stat -c %s $d/big 2>/dev/null || echo 0)\"; rm -f $d/big; done",
            limits: new ExecutionLimits { TmpBytes = 8 * MiB });

        var sizes = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).ToDictionary(p => p[0], p => long.Parse(p[1]));
        Assert.Equal(["/tmp", "/var/tmp", "/dev/shm", "/run", "/run/lock"], sizes.Keys);
        Assert.All(sizes, size => Assert.InRange(size.Value, 0, 8 * MiB));
    }

    [SkippableFact]
    public async Task AnInfiniteLoopIsKilledAtTheTimeLimitWithEveryChildGone()
    {
        var marker = $"asa-sandbox-marker-{Guid.NewGuid():N}";
        var stubborn = $"trap \\\"\\\" TERM HUP INT; while :; do :; done # {marker}";
        var command = $"""
            setsid sh -c "{stubborn}" &
            (sh -c "{stubborn}" &) &
            nohup sh -c "{stubborn}" > /dev/null 2>&1 &
            echo started
            while :; do :; done
            """;

        var run = await workspace.RunAsync(command, limits: new ExecutionLimits { WallTime = TimeSpan.FromSeconds(2) });

        Assert.Equal("started\n", run.Stdout);
        Assert.Equal(LimitsHit.Time, run.Result.LimitsHit);
        Assert.InRange(run.Result.WallTime, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
        Assert.Empty(ProcessesMentioning(marker));
    }

    [SkippableFact]
    public async Task CancellingARunKillsEveryProcessOfIt()
    {
        var marker = $"asa-sandbox-marker-{Guid.NewGuid():N}";
        using var cancel = new CancellationTokenSource();
        var command = $"setsid sh -c 'trap \"\" TERM; while :; do :; done # {marker}' & echo started; wait";

        var running = workspace.RunAsync(command, onChunk: _ =>
        {
            cancel.Cancel();
            return ValueTask.CompletedTask;
        }, cancellationToken: cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Empty(ProcessesMentioning(marker));
    }

    [SkippableFact]
    public async Task AnOutputFloodIsCappedToHeadAndTail()
    {
        const int cap = 64 * 1024;
        const long flood = 10_000_000;

        var run = await workspace.RunAsync(
            $"yes | head -c {flood}; echo end",
            limits: new ExecutionLimits { OutputBytes = cap });

        Assert.Equal(0, run.Result.ExitCode);
        Assert.Equal(LimitsHit.Output, run.Result.LimitsHit);
        Assert.Equal(flood + 4 - cap, run.Result.DroppedStdoutBytes);
        Assert.Equal(cap, run.Chunks.Where(c => c.Stream == OutputStream.Stdout).Sum(c => c.Data.Length));
        Assert.StartsWith("y\ny\n", run.Stdout);
        Assert.EndsWith("y\nend\n", run.Stdout);
        Assert.Equal(run.Result.DroppedStdoutBytes, run.Chunks.Sum(c => c.DroppedBefore));
    }

    private static List<int> ProcessesMentioning(string marker)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(marker))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process exited while being looked at.
            }
        }

        return found;
    }
}
