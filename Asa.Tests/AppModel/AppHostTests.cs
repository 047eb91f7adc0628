using System.Net;
using System.Text.Json;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Integration;
using Xunit.Abstractions;

namespace Asa.Tests.AppModel;

/// <summary>The app model as a user starts it: Asa.AppHost in local mode, one shared start for the class.</summary>
public sealed class AppHostTests(AppHostFixture host, ITestOutputHelper output) : IClassFixture<AppHostFixture>
{
    // The worker may still be starting when asa-api turns healthy; the task waits in the queue meanwhile.
    private static readonly TimeSpan TaskTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task SubmittedTaskIsReproducedInTheSandboxAndFixedByTheEmbeddedEngineOverGrpcAndRest()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();

        var submitted = await host.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), deadline: Deadline(TestTimeouts.Call));
        var events = await host.Tasks.WatchToEndAsync(submitted.TaskId, timeout: TaskTimeout);
        using var response = await host.Rest.GetAsync($"/api/v1/task/{submitted.TaskId}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Report();

        Assert.Equal(TaskState.Queued, submitted.Status);
        Assert.Equal(
            [TaskState.Queued, TaskState.CloningRepo, TaskState.IndexingCode, TaskState.TestingBeforeFix, TaskState.GeneratingFix,
             TaskState.ValidatingSecurity, TaskState.ApplyingFix, TaskState.TestingAfterFix, TaskState.CreatingPr, TaskState.Completed],
            events.States());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = json.RootElement;
        Assert.Equal(submitted.TaskId, task.GetProperty("taskId").GetString());
        Assert.Equal("COMPLETED", task.GetProperty("status").GetString());
        Assert.Contains("+    return a + b", task.GetProperty("fix").GetProperty("diff").GetString());
        Assert.Equal("fixed", task.GetProperty("repairSearch").GetProperty("stopped").GetString());
        Assert.Equal(repository.Head, task.GetProperty("commitSha").GetString());
    }

    [Fact]
    public async Task TwoSandboxesEachWithItsOwnWorkerGroupFixTasksSubmittedTogether()
    {
        var repositories = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => GitRepositoryBuilder.PythonProject().BuildAsync()));
        try
        {
            var submitted = await Task.WhenAll(repositories.Select(repository =>
                host.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), deadline: Deadline(TestTimeouts.Call)).ResponseAsync));
            var histories = await Task.WhenAll(submitted.Select(task => host.Tasks.WatchToEndAsync(task.TaskId, timeout: TaskTimeout)));
            Report();

            Assert.All(histories, events => Assert.Equal(TaskState.Completed, events.States()[^1]));
            Assert.Subset(host.RunningResources().ToHashSet(), new HashSet<string> { "asa-sandbox", "asa-sandbox-2", "asa-worker", "asa-worker-2" });
        }
        finally
        {
            foreach (var repository in repositories)
            {
                repository.Dispose();
            }
        }
    }

    [Fact]
    public async Task TasksSurviveARestartOfTheAppHost()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await host.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), deadline: Deadline(TestTimeouts.Call));
        var before = await host.Tasks.WatchToEndAsync(submitted.TaskId, timeout: TaskTimeout);

        await host.RestartAsync();
        var task = await host.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, deadline: Deadline(TestTimeouts.Call));
        var after = await host.Tasks.WatchToEndAsync(submitted.TaskId, timeout: TestTimeouts.Call);
        Report();

        Assert.Equal(TaskState.Completed, task.Status);
        Assert.Contains("+    return a + b", task.Fix.Diff);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task UnknownInfrastructureModeStopsTheAppHostWithAClearError()
    {
        // Free ports and a data directory of its own, in case the mode were wrongly accepted and the stack started.
        var result = await RunAppHostAsync(["--infra", "bogus", .. IsolatedSettings()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Asa.AppHost: Infra:Mode (--infra) must be auto, containers or local, not 'bogus'.", result.Text);
        Assert.DoesNotContain("   at ", result.Text);
    }

    [Theory]
    [InlineData("--infra containers", "Asa.AppHost: The sandbox runs commands in containers (container infrastructure) and needs an image: set Sandbox:Docker:Image")]
    [InlineData("--infra local --Sandbox:Backend docker", "Asa.AppHost: The sandbox runs commands in containers (requested) and needs an image")]
    [InlineData("--infra local --Sandbox:Backend chroot", "Asa.AppHost: Sandbox:Backend must be bubblewrap or docker, not 'chroot'.")]
    public async Task SandboxBackendThatCannotRunStopsTheAppHostWithAClearError(string arguments, string message)
    {
        var result = await RunAppHostAsync([.. arguments.Split(' '), .. IsolatedSettings()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Text);
        Assert.DoesNotContain("   at ", result.Text);
    }

    [Fact]
    public async Task ManifestPublisherDescribesEveryResource()
    {
        var directory = Directory.CreateTempSubdirectory("asa-tests-manifest-").FullName;
        try
        {
            var manifestPath = Path.Combine(directory, "manifest.json");

            var result = await RunAppHostAsync(["--publisher", "manifest", "--output-path", manifestPath]);

            Assert.True(result.ExitCode == 0, result.Text);
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
            var resources = manifest.RootElement.GetProperty("resources");
            foreach (var project in (string[])["asa-api", "asa-worker", "asa-sandbox", "asa-migrations"])
            {
                Assert.Equal("project.v0", resources.GetProperty(project).GetProperty("type").GetString());
                // azd resolves project paths against the manifest's directory.
                Assert.True(File.Exists(Path.Combine(directory, resources.GetProperty(project).GetProperty("path").GetString()!)), project);
            }
            Assert.Equal("container.v0", resources.GetProperty("postgres").GetProperty("type").GetString());
            Assert.Equal("container.v0", resources.GetProperty("redis").GetProperty("type").GetString());
            Assert.Equal("{postgres.connectionString};Database=asa", resources.GetProperty("asa-db").GetProperty("connectionString").GetString());
            var apiBindings = resources.GetProperty("asa-api").GetProperty("bindings");
            Assert.Equal("http2", apiBindings.GetProperty("grpc").GetProperty("transport").GetString());
            Assert.Equal(5180, apiBindings.GetProperty("grpc").GetProperty("targetPort").GetInt32());
            Assert.Equal(5181, apiBindings.GetProperty("http").GetProperty("targetPort").GetInt32());
            var workerEnvironment = resources.GetProperty("asa-worker").GetProperty("env");
            Assert.Equal("{asa-db.connectionString}", workerEnvironment.GetProperty("ConnectionStrings__asa-db").GetString());
            Assert.Equal("{redis.connectionString}", workerEnvironment.GetProperty("ConnectionStrings__redis").GetString());
            Assert.Equal("{asa-sandbox.bindings.grpc.url}", workerEnvironment.GetProperty("services__asa-sandbox__grpc__0").GetString());
            // A deployment runs containers, so its sandbox isolates runs with docker in an image named when provisioned.
            // Deployed, the API keeps its default: every call needs an API key.
            Assert.False(resources.GetProperty("asa-api").GetProperty("env").TryGetProperty("Auth__Mode", out _));
            var sandboxEnvironment = resources.GetProperty("asa-sandbox").GetProperty("env");
            Assert.Equal("docker", sandboxEnvironment.GetProperty("Sandbox__Backend").GetString());
            Assert.Equal("{sandbox-image.value}", sandboxEnvironment.GetProperty("Sandbox__Docker__Image").GetString());
            Assert.Equal("parameter.v0", resources.GetProperty("sandbox-image").GetProperty("type").GetString());
            // The defaults keep one sandbox with one worker group.
            Assert.Equal("http://_grpc.asa-sandbox", workerEnvironment.GetProperty("Sandbox__Url").GetString());
            Assert.DoesNotContain(resources.EnumerateObject(), resource => resource.Name.EndsWith("-2", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task PublishedManifestAsksForSecretsAsParametersAndGivesEachSandboxItsOwnWorkers()
    {
        const string modelKey = "sk-test-manifest-0123456789";
        const string gitHubToken = "ghp_test_manifest_0123456789";
        var directory = Directory.CreateTempSubdirectory("asa-tests-manifest-").FullName;
        try
        {
            var manifestPath = Path.Combine(directory, "manifest.json");

            // Every way the AppHost could learn a value: the variables the worker reads, and Aspire's own parameter keys.
            var result = await RunAppHostAsync(
                ["--publisher", "manifest", "--output-path", manifestPath, "--Asa:WorkerReplicas", "5", "--Asa:SandboxReplicas", "2"],
                new Dictionary<string, string?>
                {
                    ["OPENAI_API_KEY"] = modelKey,
                    ["GITHUB_TOKEN"] = gitHubToken,
                    ["Parameters__model-api-key"] = modelKey,
                    ["Parameters__github-token"] = gitHubToken,
                });

            Assert.True(result.ExitCode == 0, result.Text);
            var text = await File.ReadAllTextAsync(manifestPath);
            Assert.DoesNotContain(modelKey, text);
            Assert.DoesNotContain(gitHubToken, text);
            using var manifest = JsonDocument.Parse(text);
            var resources = manifest.RootElement.GetProperty("resources");
            foreach (var (parameter, variable) in ((string, string)[])[("model-api-key", "OPENAI_API_KEY"), ("github-token", "GITHUB_TOKEN")])
            {
                var declared = resources.GetProperty(parameter);
                Assert.Equal("parameter.v0", declared.GetProperty("type").GetString());
                Assert.Equal($"{{{parameter}.inputs.value}}", declared.GetProperty("value").GetString());
                var input = declared.GetProperty("inputs").GetProperty("value");
                Assert.True(input.GetProperty("secret").GetBoolean(), parameter);
                Assert.False(input.TryGetProperty("default", out _), parameter);
                foreach (var worker in (string[])["asa-worker", "asa-worker-2"])
                {
                    Assert.Equal($"{{{parameter}.value}}", resources.GetProperty(worker).GetProperty("env").GetProperty(variable).GetString());
                }
            }
            // Deployed, the engine is the deployment's, not the publishing machine's.
            Assert.Equal("parameter.v0", resources.GetProperty("sandbox-docker-endpoint").GetProperty("type").GetString());
            // The manifest format (project.v0) has no replica count; WorkerGroupsTests checks the model's.
            foreach (var (sandbox, worker) in ((string, string)[])[("asa-sandbox", "asa-worker"), ("asa-sandbox-2", "asa-worker-2")])
            {
                Assert.Equal("project.v0", resources.GetProperty(sandbox).GetProperty("type").GetString());
                var sandboxEnvironment = resources.GetProperty(sandbox).GetProperty("env");
                Assert.Equal("{sandbox-image.value}", sandboxEnvironment.GetProperty("Sandbox__Docker__Image").GetString());
                Assert.Equal("{sandbox-docker-endpoint.value}", sandboxEnvironment.GetProperty("Sandbox__Docker__Endpoint").GetString());
                Assert.Equal("project.v0", resources.GetProperty(worker).GetProperty("type").GetString());
                var environment = resources.GetProperty(worker).GetProperty("env");
                Assert.Equal($"http://_grpc.{sandbox}", environment.GetProperty("Sandbox__Url").GetString());
                Assert.Equal($"{{{sandbox}.bindings.grpc.url}}", environment.GetProperty($"services__{sandbox}__grpc__0").GetString());
                // Its own sandbox and no other: a workspace lives in one sandbox only.
                Assert.All(environment.EnumerateObject().Where(variable => variable.Name.StartsWith("services__", StringComparison.Ordinal)),
                    variable => Assert.StartsWith($"services__{sandbox}__", variable.Name, StringComparison.Ordinal));
            }
            Assert.False(resources.TryGetProperty("asa-sandbox-3", out _));
            Assert.False(resources.TryGetProperty("asa-worker-3", out _));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--Asa:WorkerReplicas 1 --Asa:SandboxReplicas 2", "Asa.AppHost: Asa:WorkerReplicas (1) must be at least Asa:SandboxReplicas (2): every sandbox needs a worker of its own.")]
    [InlineData("--Asa:SandboxReplicas 0", "Asa.AppHost: Asa:SandboxReplicas must be a whole number of at least 1, not '0'.")]
    [InlineData("--Asa:WorkerReplicas two", "Asa.AppHost: Asa:WorkerReplicas must be a whole number of at least 1, not 'two'.")]
    public async Task ReplicaCountsThatCannotWorkStopTheAppHostWithAClearError(string arguments, string message)
    {
        var result = await RunAppHostAsync([.. arguments.Split(' '), .. IsolatedSettings()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Text);
        Assert.DoesNotContain("   at ", result.Text);
    }

    /// <summary>Runs the built AppHost the way the README does: <c>dotnet run --project Asa.AppHost --no-build -- ...</c>.</summary>
    private static Task<CommandResult> RunAppHostAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        Command.RunAsync(new ProcessSpec("apphost", "dotnet",
            ["run", "--project", Path.Combine(SolutionPaths.Root, "Asa.AppHost"), "--no-build", "--configuration", SolutionPaths.Configuration,
             "--", .. arguments]) { Environment = environment ?? new Dictionary<string, string?>() }, TestTimeouts.Command);

    private static string[] IsolatedSettings() =>
    [
        $"--Infra:DataDirectory={Path.Combine(Path.GetTempPath(), $"asa-tests-unused-{Guid.NewGuid():N}")}",
        $"--Infra:PostgresPort={FreePort.Next()}",
        $"--Infra:RedisPort={FreePort.Next()}",
        $"--Api:GrpcPort={FreePort.Next()}",
        $"--Api:HttpPort={FreePort.Next()}",
    ];

    private static DateTime Deadline(TimeSpan timeout) => DateTime.UtcNow + timeout;

    private void Report() =>
        output.WriteLine(string.Join(", ", host.Timings.Select(t => $"{t.What} {t.Took.TotalSeconds:F1} s")));
}
