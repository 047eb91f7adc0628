using System.Diagnostics;
using System.Globalization;
using Asa.Sandbox.Execution;

namespace Asa.Sandbox.Bubblewrap;

/// <summary>
/// Builds the process that runs one command: a shell wrapper (still the service's user) joins the run's
/// cgroups and sets RLIMIT_FSIZE, then execs, when the service is root, setpriv to become the unprivileged
/// sandbox user with no capabilities, which execs bwrap, which runs <c>/bin/sh -c command</c>.
/// </summary>
internal static class BubblewrapCommand
{
    private const string Wrapper = """
        fsize=$1; shift
        for dir; do
          [ "$dir" = -- ] && break
          echo $$ > "$dir/cgroup.procs" || exit 125
          shift
        done
        shift
        ulimit -c 0
        ulimit -f "$fsize" || exit 125
        exec "$@"
        """;

    private static readonly string[] MergedUsrLinks = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

    public static ProcessStartInfo Create(
        BubblewrapOptions options, ExecutionRequest request, IReadOnlyList<string> cgroupDirectories, bool dropIdentity)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin";

        var arguments = start.ArgumentList;
        arguments.Add("-c");
        arguments.Add(Wrapper);
        arguments.Add("asa-sandbox-wrapper");
        // POSIX ulimit -f counts 512-byte blocks.
        arguments.Add(((request.Limits.FileSizeBytes + 511) / 512).ToString(CultureInfo.InvariantCulture));
        foreach (var directory in cgroupDirectories)
        {
            arguments.Add(directory);
        }

        arguments.Add("--");
        if (dropIdentity)
        {
            // Root running bwrap keeps its capabilities inside and could remount /usr read-write.
            AddAll(arguments, options.SetprivPath,
                $"--reuid={options.SandboxUid}", $"--regid={options.SandboxGid}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--");
        }

        AddBwrap(arguments, options, request);
        return start;
    }

    private static void AddBwrap(IList<string> arguments, BubblewrapOptions options, ExecutionRequest request)
    {
        arguments.Add(options.BwrapPath);
        AddAll(arguments, "--unshare-all", "--unshare-user", "--disable-userns");
        if (request.AllowNetwork)
        {
            arguments.Add("--share-net");
        }

        AddAll(arguments, "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--hostname", "sandbox");
        foreach (var path in options.ReadOnlyPaths)
        {
            AddAll(arguments, "--ro-bind", path, path);
        }

        foreach (var path in MergedUsrLinks)
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                AddAll(arguments, "--symlink", target, path);
            }
            else if (Directory.Exists(path))
            {
                AddAll(arguments, "--ro-bind", path, path);
            }
        }

        AddAll(arguments,
            "--size", request.Limits.TmpBytes.ToString(CultureInfo.InvariantCulture), "--tmpfs", "/tmp",
            "--proc", "/proc",
            "--dev", "/dev",
            // --dev's /dev/shm lives in its own uncapped tmpfs; shared memory gets the same cap as /tmp.
            "--size", request.Limits.TmpBytes.ToString(CultureInfo.InvariantCulture), "--tmpfs", "/dev/shm",
            "--bind", request.WorkspaceDirectory, options.WorkspaceMountPath);
        if (request.HomeDirectory is { } home)
        {
            AddAll(arguments, "--bind", home, SandboxEnvironment.HomeMountPath);
        }
        AddAll(arguments,
            "--chdir", options.WorkspaceMountPath,
            "--clearenv");
        foreach (var (name, value) in SandboxEnvironment.For(request))
        {
            AddAll(arguments, "--setenv", name, value);
        }

        AddAll(arguments, "/bin/sh", "-c", request.Command);
    }

    private static void AddAll(IList<string> arguments, params string[] values)
    {
        foreach (var value in values)
        {
            arguments.Add(value);
        }
    }
}
