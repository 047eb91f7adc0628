using Asa.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using static Asa.AppHost.Services.KestrelEndpointExtensions;

namespace Asa.AppHost.Services;

/// <summary>The ASA services and how they depend on each other and on the infrastructure.</summary>
public static class AsaServicesExtensions
{
    public const int DefaultApiGrpcPort = 5180;
    public const int DefaultApiHttpPort = 5181;
    public const int SandboxGrpcPort = 5190;
    public const int SandboxHttpPort = 5191;
    private const string HealthPath = "/health";

    /// <summary>The one-shot schema migration every other database user waits for.</summary>
    public static IResourceBuilder<ProjectResource> AddAsaMigrations(this IDistributedApplicationBuilder builder, AsaInfrastructure infra) =>
        builder.AddProject<Projects.Asa_Migrations>("asa-migrations")
            .WithReference(infra.Database).WaitFor(infra.Database);

    /// <summary>
    /// The only places repository code runs, one per worker group (see <see cref="ReplicaSettings"/>); their isolation
    /// follows the infrastructure (see <see cref="SandboxBackendSettings"/>).
    /// </summary>
    public static IReadOnlyList<IResourceBuilder<ProjectResource>> AddAsaSandboxes(
        this IDistributedApplicationBuilder builder, AsaInfrastructure infra, ReplicaSettings replicas)
    {
        var backend = SandboxBackendSettings.Resolve(builder, infra.Settings);
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.LogAtStart(logger => logger.LogInformation(
                "ASA sandbox backend: {Backend} ({Reason}); {Sandboxes} sandbox(es) for {Workers} worker process(es)",
                backend.Backend, backend.Reason, replicas.Sandboxes, replicas.Workers));
        }

        return replicas.Groups()
            .Select(group => builder.AddProject<Projects.Asa_Sandbox>(group.Sandbox, ExcludeKestrelConfiguration)
                .WithKestrelEndpoint("grpc", Http2, SandboxGrpcPort, localPort: null)
                .WithKestrelEndpoint("http", Http1, SandboxHttpPort, localPort: null)
                .WithHttpHealthCheck(HealthPath, endpointName: "http")
                .WithSandboxBackend(backend))
            .ToList();
    }

    /// <summary>The front door on fixed, documented ports (<c>Api:GrpcPort</c>, <c>Api:HttpPort</c>) so clients need no discovery.</summary>
    public static IResourceBuilder<ProjectResource> AddAsaApi(
        this IDistributedApplicationBuilder builder, AsaInfrastructure infra, IResourceBuilder<ProjectResource> migrations)
    {
        var grpcPort = builder.Configuration.GetValue("Api:GrpcPort", DefaultApiGrpcPort);
        var httpPort = builder.Configuration.GetValue("Api:HttpPort", DefaultApiHttpPort);
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.LogAtStart(logger => logger.LogInformation(
                "ASA API: gRPC http://localhost:{GrpcPort}, REST http://localhost:{HttpPort}", grpcPort, httpPort));
        }

        // Not proxied: clients talk to Kestrel directly, without an extra hop.
        return builder.AddProject<Projects.Asa_Api>("asa-api", ExcludeKestrelConfiguration)
            .WithKestrelEndpoint("grpc", Http2, grpcPort, localPort: grpcPort, isProxied: false)
            .WithKestrelEndpoint("http", Http1, httpPort, localPort: httpPort, isProxied: false)
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck(HealthPath, endpointName: "http")
            .WithDataDependencies(infra, migrations)
            .WithLimits()
            .WithRepositoryPolicy(infra.Settings)
            .WithAuthMode(infra.Settings);
    }

    /// <summary>
    /// Task-stream consumers: for each sandbox a worker group that uses it alone (its workspaces live there), with
    /// its share of the <c>Asa:WorkerReplicas</c> processes.
    /// </summary>
    public static void AddAsaWorkers(
        this IDistributedApplicationBuilder builder, AsaInfrastructure infra, ReplicaSettings replicas,
        IResourceBuilder<ProjectResource> migrations, IReadOnlyList<IResourceBuilder<ProjectResource>> sandboxes)
    {
        foreach (var (group, sandbox) in replicas.Groups().Zip(sandboxes))
        {
            builder.AddProject<Projects.Asa_Worker>(group.Worker)
                .WithReplicas(group.WorkerReplicas)
                .WithDataDependencies(infra, migrations)
                .WithReference(sandbox).WaitFor(sandbox)
                .WithEnvironment("Sandbox__Url", $"http://_grpc.{sandbox.Resource.Name}")
                .WithLimits()
                .WithWorkerSettings()
                .WithRepositoryPolicy(infra.Settings);
        }
    }

    // The endpoints are declared here, so the Kestrel section of a project's appsettings (there for running it
    // on its own) must not add a second set, nor the default https binding Aspire adds in publish mode.
    private static void ExcludeKestrelConfiguration(ProjectResourceOptions options) => options.ExcludeKestrelEndpoints = true;

    private static IResourceBuilder<ProjectResource> WithDataDependencies(
        this IResourceBuilder<ProjectResource> project, AsaInfrastructure infra, IResourceBuilder<ProjectResource> migrations) =>
        project
            .WithReference(infra.Database).WaitFor(infra.Database)
            .WithReference(infra.Redis).WaitFor(infra.Redis)
            .WaitForCompletion(migrations);
}
