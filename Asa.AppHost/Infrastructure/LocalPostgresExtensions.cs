using System.Globalization;
using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;

namespace Asa.AppHost.Infrastructure;

/// <summary>Local mode's PostgreSQL: an executable resource, and <c>asa-db</c> as a connection string that waits for it.</summary>
[UnsupportedOSPlatform("windows")]
public static class LocalPostgresExtensions
{
    public static IResourceBuilder<IResourceWithConnectionString> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string connectionName, string databaseName, LocalDataRoot dataRoot, int port)
    {
        var binDirectory = PostgresBinaries.FindBinDirectory(builder.Configuration);
        var password = dataRoot.GetOrCreateSecret("postgres.password");
        var passwordParameter = builder.AddParameter("postgres-password", password, secret: true);
        var portText = port.ToString(CultureInfo.InvariantCulture);

        const string healthCheckKey = "postgres-local-accepts-connections";
        // The maintenance database: asa itself only exists once the migrations have run.
        builder.Services.AddHealthChecks().AddNpgSql(
            $"Host=127.0.0.1;Port={portText};Username=postgres;Password={password};Database=postgres;Pooling=false",
            name: healthCheckKey);

        var server = builder
            .AddExecutable("postgres", "/bin/sh", dataRoot.Path,
                Path.Combine(builder.AppHostDirectory, "infra", "postgres.sh"), dataRoot.Path, portText)
            .WithEnvironment("PG_BINDIR", binDirectory)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(healthCheckKey);

        return builder
            .AddConnectionString(connectionName, ReferenceExpression.Create(
                $"Host=127.0.0.1;Port={portText};Username=postgres;Password={passwordParameter.Resource};Database={databaseName}"))
            .WaitFor(server);
    }
}
