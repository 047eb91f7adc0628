using Asa.Sandbox.Tests.Docker;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>Runs against bubblewrap; <see cref="DockerSecretIsolationTests"/> runs the same facts against the docker backend.</summary>
public class SecretIsolationTests : IDisposable
{
    private const string Secret = "sk-asa-sandbox-test-secret";
    private readonly SandboxWorkspace workspace;

    public SecretIsolationTests()
        : this(SandboxBackendKind.Bubblewrap)
    {
    }

    protected SecretIsolationTests(SandboxBackendKind backend) => workspace = new SandboxWorkspace(backend);
    private readonly DirectoryInfo outside = Directory.CreateTempSubdirectory("asa-sandbox-outside-");

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        outside.Delete(recursive: true);
        workspace.Dispose();
    }

    [SkippableFact]
    public async Task TheServicesEnvironmentVariablesAreAbsentInside()
    {
        // The backend runs in this process, so its secrets are this process's; every service started later by
        // another test would inherit them too, so they are taken back as soon as the run is over.
        Environment.SetEnvironmentVariable("OPENAI_API_KEY", Secret);
        Environment.SetEnvironmentVariable("GITHUB_TOKEN", Secret);
        SandboxRun run;
        try
        {
            run = await workspace.RunAsync("env; cat /proc/[0-9]*/environ | tr '\\0' '\\n'");
        }
        finally
        {
            Environment.SetEnvironmentVariable("OPENAI_API_KEY", null);
            Environment.SetEnvironmentVariable("GITHUB_TOKEN", null);
        }

        Assert.Equal(0, run.Result.ExitCode);
        Assert.Contains("PATH=", run.Stdout);
        Assert.DoesNotContain(Secret, run.Stdout);
        Assert.DoesNotContain("OPENAI_API_KEY", run.Stdout);
        Assert.DoesNotContain("GITHUB_TOKEN", run.Stdout);
    }

    [SkippableFact]
    public async Task WorldReadableHostFilesOutsideTheWorkspaceAreNotVisible()
    {
        var inTemp = Path.Combine(outside.FullName, "secret.txt");
        var inRoot = Path.Combine("/root", $"asa-sandbox-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(inTemp, Secret);
        File.WriteAllText(inRoot, Secret);
        File.WriteAllText(workspace.PathOf("control.txt"), "control");
        try
        {
            var run = await workspace.RunAsync($"cat control.txt; cat {inTemp}; cat {inRoot}; ls {AppContext.BaseDirectory}");

            Assert.Equal("control", run.Stdout);
            Assert.DoesNotContain(Secret, run.Stdout + run.Stderr);
            Assert.Contains("No such file or directory", run.Stderr);
            Assert.NotEqual(0, run.Result.ExitCode);
        }
        finally
        {
            File.Delete(inRoot);
        }
    }
}
