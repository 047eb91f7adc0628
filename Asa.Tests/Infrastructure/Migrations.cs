namespace Asa.Tests.Infrastructure;

/// <summary>Applies ASA's EF Core migrations the way the app model's migration step does.</summary>
public static class Migrations
{
    /// <summary>Runs Asa.Migrations against the database and throws, with its output, unless it exits with code 0.</summary>
    public static Task<CommandResult> ApplyAsync(string connectionString, TimeSpan? timeout = null) =>
        Command.RunCheckedAsync(
            ServiceProcess.Dotnet("asa-migrations", "Asa.Migrations",
                new Dictionary<string, string?> { ["ConnectionStrings__asa-db"] = connectionString }),
            timeout ?? TestTimeouts.ProcessStart);
}
