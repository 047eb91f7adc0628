using Microsoft.EntityFrameworkCore;

namespace Asa.Core.Data;

public static class AsaDbContextOptions
{
    /// <summary>The naming every ASA DbContext uses, so raw SQL and EF agree on snake_case names.</summary>
    public static DbContextOptionsBuilder UseAsaConventions(this DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention();

    /// <summary>A context on its own connection string, for tools and tests that run outside a service's container.</summary>
    public static AsaDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AsaDbContext>().UseNpgsql(connectionString);
        options.UseAsaConventions();
        return new AsaDbContext(options.Options);
    }
}
