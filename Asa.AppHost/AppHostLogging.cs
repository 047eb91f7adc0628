using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Asa.AppHost;

public static class AppHostLogging
{
    /// <summary>Writes to the AppHost's log once the application starts (the builder has no logger yet).</summary>
    public static void LogAtStart(this IDistributedApplicationBuilder builder, Action<ILogger> log) =>
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            log(e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Asa.AppHost"));
            return Task.CompletedTask;
        });
}
