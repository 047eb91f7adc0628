namespace Asa.Sandbox.Extensions;

public static class SandboxServiceExtensions
{
    public static IHostApplicationBuilder AddSandboxServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.Services.AddGrpc();
        builder.Services.AddGrpcReflection();
        // grpc.health.v1 reports the same health checks as /health.
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    public static WebApplication MapSandboxEndpoints(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapDefaultEndpoints();
        return app;
    }
}
