using System.Diagnostics;
using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Cgroups;

namespace Asa.Sandbox.Tests.Bubblewrap;

public sealed class AbandonedRunsTests
{
    [Fact]
    public async Task RunsOfADeadServiceAreKilledAndRemovedButOthersAreLeftAlone()
    {
        const string name = "asa-sandbox-test-abandoned";
        var hierarchy = CgroupV1Hierarchy.Locate(name);
        // No process has this id, so the run's owner is certainly gone.
        var abandoned = $"{int.MaxValue}-{Guid.NewGuid():N}";
        var live = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        using var straggler = Process.Start("sleep", "600");
        foreach (var controller in new[] { hierarchy.Memory, hierarchy.Pids })
        {
            Directory.CreateDirectory(Path.Join(controller, abandoned));
            Directory.CreateDirectory(Path.Join(controller, live));
        }
        await File.WriteAllTextAsync(Path.Join(hierarchy.Memory, abandoned, "cgroup.procs"), straggler.Id.ToString());
        await File.WriteAllTextAsync(Path.Join(hierarchy.Pids, abandoned, "cgroup.procs"), straggler.Id.ToString());
        try
        {
            var cleared = await new BubblewrapBackend(new BubblewrapOptions { CgroupName = name }).RemoveAbandonedRunsAsync();

            Assert.Equal(1, cleared);
            Assert.True(straggler.WaitForExit(TestTimeoutMilliseconds));
            Assert.False(Directory.Exists(Path.Join(hierarchy.Memory, abandoned)));
            Assert.False(Directory.Exists(Path.Join(hierarchy.Pids, abandoned)));
            Assert.True(Directory.Exists(Path.Join(hierarchy.Memory, live)));
        }
        finally
        {
            foreach (var controller in new[] { hierarchy.Memory, hierarchy.Pids })
            {
                foreach (var run in new[] { abandoned, live }.Select(r => Path.Join(controller, r)).Where(Directory.Exists))
                {
                    Directory.Delete(run);
                }
            }
            if (!straggler.HasExited)
            {
                straggler.Kill();
            }
        }
    }

    private const int TestTimeoutMilliseconds = 15_000;
}
