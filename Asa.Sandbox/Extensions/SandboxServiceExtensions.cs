using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Execution;
using Asa.Sandbox.Grpc;
using Asa.Sandbox.Workspaces;

namespace Asa.Sandbox.Extensions;

public static class SandboxServiceExtensions
{
    public static IHostApplicationBuilder AddSandboxServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.Services.AddGrpc(options => options.Interceptors.Add<WorkspaceErrorInterceptor>());
        builder.Services.AddGrpcReflection();
        // grpc.health.v1 reports the same health checks as /health.
        builder.Services.AddGrpcHealthChecks();

        builder.Services.AddOptions<WorkspaceOptions>()
            .BindConfiguration(WorkspaceOptions.SectionName)
            .Validate(o => Path.IsPathRooted(o.Root), "Sandbox:Workspaces:Root must be an absolute path.")
            .Validate(o => o.IdleLimit >= TimeSpan.FromSeconds(1), "Sandbox:Workspaces:IdleLimit must be at least a second.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WorkspaceStore>();
        builder.AddExecutionBackend();
        builder.Services.AddHostedService<AbandonedRunsCleanup>();
        builder.Services.AddHostedService<BackendStartupReport>();
        builder.Services.AddHostedService<WorkspaceJanitor>();
        return builder;
    }

    public static WebApplication MapSandboxEndpoints(this WebApplication app)
    {
        app.MapGrpcService<SandboxGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapDefaultEndpoints();
        return app;
    }
}
