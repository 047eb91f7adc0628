namespace Asa.Sandbox.Cgroups;

/// <summary>
/// Where run cgroups go in each cgroup v1 controller: a directory named after the service under the
/// service's own cgroup, so runs stay inside whatever hierarchy the service was given.
/// </summary>
internal sealed record CgroupV1Hierarchy(string Memory, string Pids, string Cpu, string? Freezer)
{
    public static CgroupV1Hierarchy Locate(string name, string mountRoot = "/sys/fs/cgroup")
    {
        var own = File.ReadAllLines("/proc/self/cgroup")
            .Select(line => line.Split(':', 3))
            .Where(parts => parts.Length == 3 && parts[1].Length > 0)
            .ToList();

        string? Find(string controller)
        {
            var entry = own.FirstOrDefault(parts => parts[1].Split(',').Contains(controller));
            if (entry is null)
            {
                return null;
            }

            var mount = Path.Combine(mountRoot, entry[1]);
            if (!Directory.Exists(mount))
            {
                mount = Path.Combine(mountRoot, controller);
            }

            var directory = Path.Join(mount, entry[2], name);
            Directory.CreateDirectory(directory);
            return directory;
        }

        string Require(string controller) => Find(controller) ?? throw new PlatformNotSupportedException(
            $"The cgroup v1 '{controller}' controller is not mounted under {mountRoot}; the bubblewrap backend needs cgroup v1 memory, pids and cpu.");

        return new CgroupV1Hierarchy(Require("memory"), Require("pids"), Require("cpu"), Find("freezer"));
    }
}
