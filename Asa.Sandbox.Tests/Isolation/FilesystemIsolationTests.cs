using Asa.Sandbox.Tests.Docker;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>Runs against bubblewrap; <see cref="DockerFilesystemIsolationTests"/> runs the same facts against the docker backend.</summary>
public class FilesystemIsolationTests : IDisposable
{
    private readonly SandboxWorkspace workspace;
    private readonly DirectoryInfo outside = Directory.CreateTempSubdirectory("asa-sandbox-outside-");

    public FilesystemIsolationTests()
        : this(SandboxBackendKind.Bubblewrap)
    {
    }

    protected FilesystemIsolationTests(SandboxBackendKind backend)
    {
        workspace = new SandboxWorkspace(backend);
        File.SetUnixFileMode(outside.FullName, (UnixFileMode)0b111_111_111);
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        outside.Delete(recursive: true);
        workspace.Dispose();
    }

    [SkippableFact]
    public async Task WritesToSystemDirectoriesAndTheServicesOwnDirectoryFail()
    {
        var probe = $"asa-sandbox-probe-{Guid.NewGuid():N}";
        var service = AppContext.BaseDirectory;
        string[] targets = [$"/usr/{probe}", $"/usr/bin/{probe}", $"/etc/{probe}", "/etc/passwd", Path.Combine(service, probe)];
        var command = string.Join("; ", targets.Select(t => $"echo pwned >> {t} && echo WROTE {t}"));
        var passwd = File.ReadAllText("/etc/passwd");

        var run = await workspace.RunAsync(command);

        Assert.DoesNotContain("WROTE", run.Stdout);
        Assert.All(targets.Where(t => t != "/etc/passwd"), t => Assert.False(File.Exists(t), t));
        Assert.Equal(passwd, File.ReadAllText("/etc/passwd"));
    }

    [SkippableFact]
    public async Task SymlinksInTheWorkspaceCannotReachHostFiles()
    {
        var secret = Path.Combine(outside.FullName, "secret.txt");
        File.WriteAllText(secret, "host-secret");
        File.SetUnixFileMode(secret, (UnixFileMode)0b110_110_110);
        var hostname = File.ReadAllText("/etc/hostname");
        File.CreateSymbolicLink(workspace.PathOf("read-link"), secret);
        File.CreateSymbolicLink(workspace.PathOf("write-link"), Path.Combine(outside.FullName, "planted.txt"));
        File.CreateSymbolicLink(workspace.PathOf("etc-link"), "/etc/hostname");
        Directory.CreateSymbolicLink(workspace.PathOf("dir-link"), outside.FullName);

        var run = await workspace.RunAsync(
            "cat read-link; echo pwned > write-link; echo pwned > dir-link/planted2.txt; "
            + "echo pwned >> dir-link/secret.txt; echo pwned > etc-link; echo done");

        Assert.Equal("done\n", run.Stdout);
        Assert.Equal(["secret.txt"], outside.EnumerateFiles().Select(f => f.Name));
        Assert.Equal("host-secret", File.ReadAllText(secret));
        Assert.Equal(hostname, File.ReadAllText("/etc/hostname"));
    }

    [SkippableFact]
    public async Task RemountingReadOnlyPathsFails()
    {
        var run = await workspace.RunAsync(
            "mount -o remount,rw /usr && echo REMOUNTED; mount --bind /workspace /usr && echo BOUND; "
            + "mount -t tmpfs none /etc && echo MOUNTED; touch /usr/asa-probe && echo WROTE; echo done");

        Assert.Equal("done\n", run.Stdout);
        Assert.False(File.Exists("/usr/asa-probe"));
    }
}
