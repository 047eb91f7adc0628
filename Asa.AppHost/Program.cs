using Asa.AppHost.Infrastructure;
using Asa.AppHost.Services;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, InfraSettings.CommandLineSwitches);
try
{
    var infra = builder.AddAsaInfrastructure();
    var migrations = builder.AddAsaMigrations(infra);
    var sandbox = builder.AddAsaSandbox(infra);
    builder.AddAsaApi(infra, migrations);
    builder.AddAsaWorker(infra, migrations, sandbox);
}
catch (AppHostConfigurationException exception)
{
    Console.Error.WriteLine($"Asa.AppHost: {exception.Message}");
    return 2;
}

builder.Build().Run();
return 0;
