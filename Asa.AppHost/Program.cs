using Asa.AppHost.Infrastructure;
using Asa.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(args);

var infra = builder.AddAsaInfrastructure();
var migrations = builder.AddAsaMigrations(infra);
var sandbox = builder.AddAsaSandbox();
builder.AddAsaApi(infra, migrations);
builder.AddAsaWorker(infra, migrations, sandbox);

builder.Build().Run();
