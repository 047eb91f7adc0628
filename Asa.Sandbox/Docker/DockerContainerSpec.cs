using Asa.Sandbox.Execution;
using Docker.DotNet.Models;

namespace Asa.Sandbox.Docker;

/// <summary>The container one run gets: the docker equivalent of the bubblewrap jail.</summary>
internal static class DockerContainerSpec
{
    /// <param name="runDirectory">Host path of the run's <see cref="DockerRunDirectory"/>.</param>
    /// <param name="securityOptions">Engine-specific security options beyond no-new-privileges (seccomp, see <see cref="DockerSeccomp"/>).</param>
    public static CreateContainerParameters For(
        DockerOptions options, ExecutionRequest request, string runDirectory, IReadOnlyList<string> securityOptions)
    {
        var limits = request.Limits;
        return new CreateContainerParameters
        {
            Name = $"asa-run-{Guid.NewGuid():N}",
            Image = options.Image,
            Cmd = DockerRunWrapper.Command(request.Command),
            // Entrypoint of an image must not wrap the command.
            Entrypoint = [],
            Env = SandboxEnvironment.For(request).Select(v => $"{v.Key}={v.Value}").ToList(),
            User = options.User,
            WorkingDir = options.WorkspaceMountPath,
            AttachStdout = true,
            AttachStderr = true,
            Tty = false,
            OpenStdin = false,
            NetworkDisabled = !request.AllowNetwork,
            Labels = new Dictionary<string, string> { ["asa.sandbox"] = "run" },
            HostConfig = new HostConfig
            {
                NetworkMode = request.AllowNetwork ? options.AllowedNetworkMode : "none",
                Memory = limits.MemoryBytes,
                // Swap equal to memory means no swap: memory plus swap cannot exceed the limit.
                MemorySwap = limits.MemoryBytes,
                PidsLimit = limits.Pids,
                CPUShares = limits.CpuShares,
                NanoCPUs = limits.CpuCores is { } cores ? (long)(cores * 1e9) : 0,
                ReadonlyRootfs = true,
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges", .. securityOptions],
                Privileged = false,
                Mounts =
                [
                    new Mount { Type = "bind", Source = request.WorkspaceDirectory, Target = options.WorkspaceMountPath, ReadOnly = false },
                    new Mount { Type = "bind", Source = runDirectory, Target = DockerRunWrapper.MountPath, ReadOnly = false },
                    .. request.HomeDirectory is { } home
                        ? [new Mount { Type = "bind", Source = home, Target = SandboxEnvironment.HomeMountPath, ReadOnly = false }]
                        : Array.Empty<Mount>(),
                ],
                // Every writable scratch directory gets the /tmp cap; podman would otherwise mount /var/tmp and a
                // 64 MB /dev/shm of its own.
                Tmpfs = new Dictionary<string, string>
                {
                    ["/tmp"] = $"rw,nosuid,nodev,size={limits.TmpBytes},mode=1777",
                    ["/var/tmp"] = $"rw,nosuid,nodev,size={limits.TmpBytes},mode=1777",
                },
                ShmSize = limits.TmpBytes,
                Ulimits =
                [
                    new Ulimit { Name = "fsize", Soft = limits.FileSizeBytes, Hard = limits.FileSizeBytes },
                    new Ulimit { Name = "core", Soft = 0, Hard = 0 },
                    // Naming any ulimit replaces the engine's defaults, whose nofile can exceed the host's hard limit.
                    new Ulimit { Name = "nofile", Soft = options.OpenFiles, Hard = options.OpenFiles },
                    new Ulimit { Name = "nproc", Soft = options.UserProcesses, Hard = options.UserProcesses },
                ],
                // The wrapper must be pid 1, the one process its watchdog's kill -1 spares; an engine's init would take that place.
                Init = false,
                // Removed by the backend after it has read the exit code and OOM state.
                AutoRemove = false,
                RestartPolicy = new RestartPolicy { Name = RestartPolicyKind.No },
            },
        };
    }
}
