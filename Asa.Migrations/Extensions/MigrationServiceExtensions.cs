using Asa.Core.Data;

namespace Asa.Migrations.Extensions;

public static class MigrationServiceExtensions
{
    public static IHostApplicationBuilder AddMigrationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddNpgsqlDbContext<AsaDbContext>(AsaDbContext.ConnectionName,
            configureDbContextOptions: options => options.UseAsaConventions().UseAsaMigrations());
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }
}
