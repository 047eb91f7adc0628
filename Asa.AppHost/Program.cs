using Asa.AppHost.Infrastructure;
using Asa.AppHost.Services;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, InfraSettings.CommandLineSwitches);
try
{
    var replicas = ReplicaSettings.FromConfiguration(builder.Configuration);
    var infra = builder.AddAsaInfrastructure();
    var migrations = builder.AddAsaMigrations(infra);
    var sandboxes = builder.AddAsaSandboxes(infra, replicas);
    builder.AddAsaApi(infra, migrations);
    builder.AddAsaWorkers(infra, replicas, migrations, sandboxes);
}
catch (AppHostConfigurationException exception)
{
    Console.Error.WriteLine($"Asa.AppHost: {exception.Message}");
    return 2;
}

builder.Build().Run();
return 0;
