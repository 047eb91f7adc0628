using Asa.AppHost.Infrastructure;
using Asa.AppHost.Services;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, InfraSettings.CommandLineSwitches);

var infra = builder.AddAsaInfrastructure();
var migrations = builder.AddAsaMigrations(infra);
var sandbox = builder.AddAsaSandbox();
builder.AddAsaApi(infra, migrations);
builder.AddAsaWorker(infra, migrations, sandbox);

builder.Build().Run();
