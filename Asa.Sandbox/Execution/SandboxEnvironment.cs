using System.Globalization;

namespace Asa.Sandbox.Execution;

/// <summary>The whole environment a command sees: a minimal base, runtime memory hints, then the caller's variables.</summary>
internal static class SandboxEnvironment
{
    private const long MiB = 1024 * 1024;

    /// <summary>Where a workspace's home is mounted in the jail or container.</summary>
    public const string HomeMountPath = "/home/sandbox";

    public static IReadOnlyDictionary<string, string> For(ExecutionRequest request)
    {
        // Runtimes size their heaps from the machine, not the cgroup: tell them the limit, leaving a quarter
        // for native memory, threads and /tmp.
        var heap = request.Limits.MemoryBytes / 4 * 3;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            ["HOME"] = request.HomeDirectory is null ? "/tmp" : HomeMountPath,
            ["LANG"] = "C.UTF-8",
            ["DOTNET_GCHeapHardLimit"] = "0x" + heap.ToString("X", CultureInfo.InvariantCulture),
            // A workspace's home is new, so the .NET SDK's first command would print its welcome into the test output and
            // make a development certificate (seconds); with no network, its telemetry and workload checks cannot be sent,
            // and its first-run check of the installed workloads prints "An issue was encountered verifying workloads".
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true",
            ["DOTNET_SKIP_WORKLOAD_INTEGRITY_CHECK"] = "true",
            // Java takes its home from the password file (nobody's is /nonexistent), not from HOME: Maven and Gradle
            // would then look for their local repository and caches where nothing can be.
            ["JAVA_TOOL_OPTIONS"] = $"-Xmx{heap / MiB}m" + (request.HomeDirectory is null ? "" : $" -Duser.home={HomeMountPath}"),
            ["NODE_OPTIONS"] = $"--max-old-space-size={heap / MiB}",
            // The system's Python is read-only here: pip installs into the workspace's own home (user site), which
            // breaks nothing of the system's, so Debian's externally-managed marker need not stop it.
            ["PIP_BREAK_SYSTEM_PACKAGES"] = "1",
            ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1",
        };

        foreach (var (name, value) in request.Environment)
        {
            if (name.Length == 0 || name.Contains('=') || name.Contains('\0') || value.Contains('\0'))
            {
                throw new ArgumentException($"Environment variable '{name}' has an invalid name or value.", nameof(request));
            }

            variables[name] = value;
        }

        return variables;
    }
}
