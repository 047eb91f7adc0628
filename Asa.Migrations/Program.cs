using Asa.Migrations.Extensions;

var builder = Host.CreateApplicationBuilder(args);
builder.AddMigrationServices();
builder.Build().Run();
