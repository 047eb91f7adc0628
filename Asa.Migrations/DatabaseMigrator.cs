using System.Diagnostics;
using Asa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Asa.Migrations;

/// <summary>Brings the schema up to date once, then stops the process: exit code 0 on success, 1 otherwise.</summary>
public sealed partial class DatabaseMigrator(
    IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<DatabaseMigrator> logger) : BackgroundService
{
    public static readonly ActivitySource ActivitySource = new("Asa.Migrations");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var activity = ActivitySource.StartActivity("Migrate database");
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AsaDbContext>();
            // The retrying execution strategy (Aspire enables it) absorbs transient errors while Postgres comes up.
            var strategy = db.Database.CreateExecutionStrategy();
            var pending = await strategy.ExecuteAsync(
                async ct => (await db.Database.GetPendingMigrationsAsync(ct)).ToList(), stoppingToken);
            await strategy.ExecuteAsync(ct => db.Database.MigrateAsync(ct), stoppingToken);

            activity?.SetTag("asa.migrations.applied", pending.Count);
            LogMigrated(pending.Count, pending.LastOrDefault() ?? "(none pending)");
        }
        catch (Exception ex)
        {
            activity?.AddException(ex);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            LogFailed(ex);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated: {Count} migration(s) applied, latest {Migration}")]
    private partial void LogMigrated(int count, string migration);

    [LoggerMessage(Level = LogLevel.Error, Message = "Database migration failed")]
    private partial void LogFailed(Exception exception);
}
