using Asa.Sandbox.Execution;

namespace Asa.Sandbox.Cgroups;

/// <summary>What the kernel counted for one run.</summary>
internal sealed record CgroupUsage(long PeakMemoryBytes, bool OomKilled, bool PidsLimitHit);

/// <summary>The cgroups of one run, one per controller, holding every process the run starts.</summary>
internal sealed class CgroupRun
{
    private const int MaxKillRounds = 1000;
    private readonly string memory;
    private readonly string pids;
    private readonly string? freezer;

    private CgroupRun(IReadOnlyList<string> directories, string memory, string pids, string? freezer)
    {
        Directories = directories;
        this.memory = memory;
        this.pids = pids;
        this.freezer = freezer;
    }

    /// <summary>
    /// Run ids start with the id of the service process that made them, so a service starting after a crash can
    /// tell its predecessor's runs (owner gone) from those of another live service sharing the hierarchy.
    /// </summary>
    public static string NewRunId() => $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>The runs a service that is no longer running left behind, in every controller.</summary>
    public static IReadOnlyList<CgroupRun> FindAbandoned(CgroupV1Hierarchy hierarchy)
    {
        var controllers = new[] { hierarchy.Memory, hierarchy.Pids, hierarchy.Cpu, hierarchy.Freezer }.OfType<string>().ToList();
        return controllers
            .SelectMany(controller => Directory.EnumerateDirectories(controller).Select(Path.GetFileName))
            .OfType<string>()
            .Distinct()
            .Where(runId => int.TryParse(runId.Split('-')[0], out var owner) && !Directory.Exists($"/proc/{owner}"))
            .Select(runId =>
            {
                string? In(string? controller) => controller is not null && Directory.Exists(Path.Join(controller, runId)) ? Path.Join(controller, runId) : null;
                var directories = controllers.Select(In).OfType<string>().ToArray();
                return new CgroupRun(directories, In(hierarchy.Memory) ?? directories[0], In(hierarchy.Pids) ?? directories[0], In(hierarchy.Freezer));
            })
            .ToList();
    }

    /// <summary>Every directory a process must join (through its cgroup.procs) to be part of the run.</summary>
    public IReadOnlyList<string> Directories { get; }

    public static CgroupRun Create(CgroupV1Hierarchy hierarchy, string runId, ExecutionLimits limits)
    {
        var created = new List<string>();
        try
        {
            var memory = Make(hierarchy.Memory);
            Write(memory, "memory.limit_in_bytes", limits.MemoryBytes);
            WriteIfPresent(memory, "memory.memsw.limit_in_bytes", limits.MemoryBytes);

            var pids = Make(hierarchy.Pids);
            Write(pids, "pids.max", limits.Pids);

            var cpu = Make(hierarchy.Cpu);
            Write(cpu, "cpu.shares", limits.CpuShares);
            if (limits.CpuCores is { } cores)
            {
                const int periodMicroseconds = 100_000;
                Write(cpu, "cpu.cfs_period_us", periodMicroseconds);
                Write(cpu, "cpu.cfs_quota_us", (long)Math.Ceiling(cores * periodMicroseconds));
            }

            var freezer = hierarchy.Freezer is null ? null : Make(hierarchy.Freezer);
            return new CgroupRun(created.ToArray(), memory, pids, freezer);
        }
        catch
        {
            created.Reverse();
            created.ForEach(directory => Directory.Delete(directory));
            throw;
        }

        string Make(string parent)
        {
            var directory = Path.Join(parent, runId);
            Directory.CreateDirectory(directory);
            created.Add(directory);
            return directory;
        }
    }

    public CgroupUsage ReadUsage()
    {
        var peak = Math.Max(
            ReadLong(memory, "memory.max_usage_in_bytes") ?? 0,
            ReadLong(memory, "memory.memsw.max_usage_in_bytes") ?? 0);
        var oomKills = ReadField(memory, "memory.oom_control", "oom_kill")
            ?? ReadLong(memory, "memory.memsw.failcnt") ?? 0;
        var pidsRefused = ReadField(pids, "pids.events", "max") ?? 0;
        return new CgroupUsage(peak, oomKills > 0, pidsRefused > 0);
    }

    /// <summary>
    /// SIGKILLs every process of the run, however it re-parented or detached itself, and returns once none
    /// is left. Freezing first stops a fork bomb from outrunning the kill.
    /// </summary>
    public async Task KillAllAsync()
    {
        for (var round = 0; round < MaxKillRounds; round++)
        {
            var members = ReadMembers();
            if (members.Count == 0)
            {
                return;
            }

            await SetFrozenAsync(true);
            foreach (var pid in members)
            {
                NativeMethods.Kill(pid, NativeMethods.SigKill);
            }

            await SetFrozenAsync(false);
            // cgroup v1 signals emptiness only through a release agent, which is host-wide: poll instead.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1 + round, 20)));
        }

        throw new InvalidOperationException($"Processes of sandbox run cgroup {memory} survived {MaxKillRounds} kill rounds.");
    }

    /// <summary>Removes the run's cgroups; call after <see cref="KillAllAsync"/>.</summary>
    public async Task RemoveAsync()
    {
        foreach (var directory in Directories.Reverse())
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    Directory.Delete(directory);
                    break;
                }
                catch (IOException) when (attempt < 100 && Directory.Exists(directory))
                {
                    // The last exiting task can still be detaching (EBUSY).
                    await Task.Delay(TimeSpan.FromMilliseconds(5));
                }
            }
        }
    }

    private HashSet<int> ReadMembers()
    {
        var members = new HashSet<int>();
        foreach (var directory in Directories)
        {
            foreach (var line in File.ReadLines(Path.Join(directory, "cgroup.procs")))
            {
                members.Add(int.Parse(line));
            }
        }

        return members;
    }

    private async Task SetFrozenAsync(bool frozen)
    {
        if (freezer is null)
        {
            return;
        }

        var wanted = frozen ? "FROZEN" : "THAWED";
        File.WriteAllText(Path.Join(freezer, "freezer.state"), wanted);
        for (var attempt = 0; attempt < 200 && File.ReadAllText(Path.Join(freezer, "freezer.state")).Trim() != wanted; attempt++)
        {
            // FREEZING turns into FROZEN without any notification in cgroup v1.
            await Task.Delay(TimeSpan.FromMilliseconds(1));
        }
    }

    private static void Write(string directory, string file, long value) =>
        File.WriteAllText(Path.Join(directory, file), value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void WriteIfPresent(string directory, string file, long value)
    {
        if (File.Exists(Path.Join(directory, file)))
        {
            Write(directory, file, value);
        }
    }

    private static long? ReadLong(string directory, string file)
    {
        var path = Path.Join(directory, file);
        return File.Exists(path) ? long.Parse(File.ReadAllText(path).Trim()) : null;
    }

    private static long? ReadField(string directory, string file, string key)
    {
        var path = Path.Join(directory, file);
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).Select(l => l.Split(' ', 2)).FirstOrDefault(parts => parts[0] == key);
        return line is { Length: 2 } ? long.Parse(line[1].Trim()) : null;
    }
}
