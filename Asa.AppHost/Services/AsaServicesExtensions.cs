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

    /// <summary>The only place repository code runs; its isolation follows the infrastructure (see <see cref="SandboxBackendSettings"/>).</summary>
    public static IResourceBuilder<ProjectResource> AddAsaSandbox(this IDistributedApplicationBuilder builder, AsaInfrastructure infra)
    {
        var backend = SandboxBackendSettings.Resolve(builder, infra.Settings);
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.LogAtStart(logger => logger.LogInformation(
                "ASA sandbox backend: {Backend} ({Reason})", backend.Backend, backend.Reason));
        }

        return builder.AddProject<Projects.Asa_Sandbox>("asa-sandbox", ExcludeKestrelConfiguration)
            .WithKestrelEndpoint("grpc", Http2, SandboxGrpcPort, localPort: null)
            .WithKestrelEndpoint("http", Http1, SandboxHttpPort, localPort: null)
            .WithHttpHealthCheck(HealthPath, endpointName: "http")
            .WithSandboxBackend(backend);
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

    /// <summary>Task-stream consumers; <c>Asa:WorkerReplicas</c> processes of them (default 1).</summary>
    public static IResourceBuilder<ProjectResource> AddAsaWorker(
        this IDistributedApplicationBuilder builder, AsaInfrastructure infra,
        IResourceBuilder<ProjectResource> migrations, IResourceBuilder<ProjectResource> sandbox) =>
        builder.AddProject<Projects.Asa_Worker>("asa-worker")
            .WithReplicas(builder.Configuration.GetValue("Asa:WorkerReplicas", 1))
            .WithDataDependencies(infra, migrations)
            .WithReference(sandbox).WaitFor(sandbox)
            .WithLimits()
            .WithWorkerSettings()
            .WithRepositoryPolicy(infra.Settings);

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
