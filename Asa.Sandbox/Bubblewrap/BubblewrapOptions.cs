namespace Asa.Sandbox.Bubblewrap;

/// <summary>Where the bubblewrap backend finds its programs and whom it runs commands as.</summary>
public sealed class BubblewrapOptions
{
    public string BwrapPath { get; set; } = "/usr/bin/bwrap";

    /// <summary>Used only when the service runs as root, to become <see cref="SandboxUid"/> before bwrap starts.</summary>
    public string SetprivPath { get; set; } = "/usr/bin/setpriv";

    /// <summary>The unprivileged user commands run as when the service is root (nobody by default).</summary>
    public int SandboxUid { get; set; } = 65534;

    public int SandboxGid { get; set; } = 65534;

    /// <summary>Name of the directory, under the service's own cgroup, that holds one cgroup per run.</summary>
    public string CgroupName { get; set; } = "asa-sandbox";

    /// <summary>
    /// Host paths bound read-only at the same place. /usr holds the toolchains on Debian (dotnet in
    /// /usr/share/dotnet, Java in /usr/lib/jvm, node, python3, /usr/local/go); add any installed elsewhere.
    /// </summary>
    public IList<string> ReadOnlyPaths { get; set; } = ["/usr", "/etc"];

    /// <summary>Where the command finds its workspace; it is also the working directory.</summary>
    public string WorkspaceMountPath { get; set; } = "/workspace";
}
