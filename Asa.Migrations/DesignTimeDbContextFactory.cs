using Asa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Asa.Migrations;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running service.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AsaDbContext>
{
    public AsaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AsaDbContext>().UseNpgsql("Host=localhost;Database=asa");
        options.UseAsaConventions().UseAsaMigrations();
        return new AsaDbContext(options.Options);
    }
}
