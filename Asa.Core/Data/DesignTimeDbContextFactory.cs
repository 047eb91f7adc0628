using Microsoft.EntityFrameworkCore.Design;

namespace Asa.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running service.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AsaDbContext>
{
    public AsaDbContext CreateDbContext(string[] args) => AsaDbContextOptions.CreateContext("Host=localhost;Database=asa");
}
