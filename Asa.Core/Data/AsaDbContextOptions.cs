using Microsoft.EntityFrameworkCore;

namespace Asa.Core.Data;

public static class AsaDbContextOptions
{
    /// <summary>The naming every ASA DbContext uses, so raw SQL and EF agree on snake_case names.</summary>
    public static DbContextOptionsBuilder UseAsaConventions(this DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention();
}
