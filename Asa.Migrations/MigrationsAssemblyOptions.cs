using Microsoft.EntityFrameworkCore;

namespace Asa.Migrations;

public static class MigrationsAssemblyOptions
{
    /// <summary>AsaDbContext lives in Asa.Core but its migrations live here, and EF looks beside the context unless told.</summary>
    public static DbContextOptionsBuilder UseAsaMigrations(this DbContextOptionsBuilder options) =>
        options.UseNpgsql(npgsql => npgsql.MigrationsAssembly(typeof(MigrationsAssemblyOptions).Assembly.GetName().Name));
}
