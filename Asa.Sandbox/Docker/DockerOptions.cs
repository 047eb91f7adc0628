namespace Asa.Sandbox.Docker;

/// <summary>Which Docker API the docker backend talks to and what it runs commands in.</summary>
public sealed class DockerOptions
{
    public const string SectionName = "Sandbox:Docker";

    /// <summary>The Docker API, a unix socket URI; podman's `system service` answers too.</summary>
    public string Endpoint { get; set; } = "unix:///var/run/docker.sock";

    /// <summary>The image commands run in: it must hold /bin/sh and the toolchains the repositories need.</summary>
    public string Image { get; set; } = "";

    /// <summary>user:group the command runs as; the workspace must belong to it (see WorkspaceOwnership).</summary>
    public string User { get; set; } = "65534:65534";

    /// <summary>Network mode when a request allows network (a setup step); requests without it get "none".</summary>
    public string AllowedNetworkMode { get; set; } = "bridge";

    /// <summary>RLIMIT_NOFILE inside the container; it must not exceed the engine's own hard limit.</summary>
    public long OpenFiles { get; set; } = 20000;

    /// <summary>RLIMIT_NPROC, counted per uid across the host; the pids limit is what bounds one run.</summary>
    public long UserProcesses { get; set; } = 4096;

    /// <summary>
    /// The seccomp profile (a JSON file on this host) that, with nested user namespaces denied on top
    /// (<see cref="Execution.SeccompProfile"/>), every container runs under. Empty: podman's
    /// <see cref="DockerSeccomp.PodmanDefaultProfile"/> for podman, and Docker's own default for Docker,
    /// which already denies them.
    /// </summary>
    public string SeccompProfile { get; set; } = "";

    /// <summary>Where the command finds its workspace; it is also the working directory.</summary>
    public string WorkspaceMountPath { get; set; } = "/workspace";
}
