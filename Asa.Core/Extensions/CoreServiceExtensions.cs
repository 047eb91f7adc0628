using Asa.Core.Data;
using Asa.Core.Queue;
using Asa.Core.Repositories;
using Asa.Core.Tasks;
using Asa.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Asa.Core.Extensions;

public static class CoreServiceExtensions
{
    /// <summary>What both Api and Worker use: Postgres, Redis, the task journal and queue, metrics and the repository policy.</summary>
    public static IHostApplicationBuilder AddAsaCore(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(AsaDbContext.ConnectionName);
        builder.AddRedisClient(TaskQueueNames.ConnectionName);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AsaMetrics>();
        builder.Services.AddSingleton(new RepositoryUrlPolicy(builder.Configuration.GetValue<bool>("Repositories:AllowLocal")));
        builder.Services.AddSingleton<TaskQueue>();
        builder.Services.AddSingleton<TaskJournal>();
        return builder;
    }
}
