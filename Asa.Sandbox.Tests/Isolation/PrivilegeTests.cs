using Asa.Sandbox.Tests.Docker;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>Runs against bubblewrap; <see cref="DockerPrivilegeTests"/> runs the same facts against the docker backend.</summary>
public class PrivilegeTests : IDisposable
{
    private readonly SandboxWorkspace workspace;

    public PrivilegeTests()
        : this(SandboxBackendKind.Bubblewrap)
    {
    }

    protected PrivilegeTests(SandboxBackendKind backend) => workspace = new SandboxWorkspace(backend);

    public void Dispose()
    {
        workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task CapabilitiesAreZeroInside()
    {
        var run = await workspace.RunAsync("grep -E '^Cap(Inh|Prm|Eff|Bnd|Amb):' /proc/self/status");

        var capabilities = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, capabilities.Length);
        Assert.All(capabilities, line => Assert.EndsWith("\t0000000000000000", line));
    }

    [SkippableFact]
    public async Task NestedUserNamespacesCannotBeCreated()
    {
        var run = await workspace.RunAsync("unshare -U true && echo USERNS; unshare -r id && echo MAPPED; echo done");

        Assert.Equal("done\n", run.Stdout);
        Assert.Contains("unshare failed", run.Stderr);
    }

    [SkippableFact]
    public async Task RunsAsTheUnprivilegedSandboxUser()
    {
        var run = await workspace.RunAsync("id -u; touch mine; stat -c %u mine");

        var expected = Environment.IsPrivilegedProcess ? SandboxWorkspace.Options.SandboxUid.ToString() : null;
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 2, $"{run.Result} [{run.Stdout}] [{run.Stderr}]");
        Assert.NotEqual("0", lines[0]);
        Assert.Equal(lines[0], lines[1]);
        if (expected is not null)
        {
            Assert.Equal(expected, lines[0]);
        }
    }
}
