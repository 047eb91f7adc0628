using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.AppModel;

/// <summary>
/// The app model Asa.AppHost builds for several sandboxes, read before anything starts: a worker's workspaces live in
/// one sandbox, so each sandbox has a worker group of its own and the worker processes are spread over the groups.
/// </summary>
public sealed class WorkerGroupsTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("asa-tests-groups-").FullName;

    [Fact]
    public async Task EachSandboxGetsAWorkerGroupThatWaitsForItAloneAndTheWorkersAreSpreadOverTheGroups()
    {
        var projects = await ProjectsAsync("--Asa:WorkerReplicas", "5", "--Asa:SandboxReplicas", "2");

        Assert.Equal(["asa-api", "asa-migrations", "asa-sandbox", "asa-sandbox-2", "asa-worker", "asa-worker-2"], projects.Keys.Order());
        Assert.Equal(3, Replicas(projects["asa-worker"]));
        Assert.Equal(2, Replicas(projects["asa-worker-2"]));
        Assert.Equal(1, Replicas(projects["asa-sandbox"]));
        Assert.Equal(1, Replicas(projects["asa-sandbox-2"]));
        Assert.Equal(["asa-sandbox"], SandboxesWaitedFor(projects["asa-worker"]));
        Assert.Equal(["asa-sandbox-2"], SandboxesWaitedFor(projects["asa-worker-2"]));
    }

    [Fact]
    public async Task TheDefaultsKeepOneSandboxAndOneWorker()
    {
        var projects = await ProjectsAsync();

        Assert.Equal(["asa-api", "asa-migrations", "asa-sandbox", "asa-worker"], projects.Keys.Order());
        Assert.Equal(1, Replicas(projects["asa-worker"]));
        Assert.Equal(["asa-sandbox"], SandboxesWaitedFor(projects["asa-worker"]));
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    // Local mode with a data directory and ports of its own, as AppHostFixture starts it; nothing is started here.
    private async Task<Dictionary<string, ProjectResource>> ProjectsAsync(params string[] args)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Command);
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Asa_AppHost>(
            ["--infra", "local", $"--Infra:DataDirectory={dataDirectory}", $"--Infra:PostgresPort={FreePort.Next()}",
             $"--Infra:RedisPort={FreePort.Next()}", $"--Api:GrpcPort={FreePort.Next()}", $"--Api:HttpPort={FreePort.Next()}", .. args],
            timeout.Token);
        return builder.Resources.OfType<ProjectResource>().ToDictionary(project => project.Name);
    }

    private static int Replicas(ProjectResource project) =>
        project.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;

    private static IEnumerable<string> SandboxesWaitedFor(ProjectResource worker) =>
        worker.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).Where(name => name.StartsWith("asa-sandbox", StringComparison.Ordinal));
}
