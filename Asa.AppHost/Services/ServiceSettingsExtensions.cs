using Asa.AppHost.Infrastructure;

namespace Asa.AppHost.Services;

/// <summary>
/// Passes the AppHost's own settings through to the services as environment variables, only when
/// configured, so each service's defaults hold otherwise.
/// </summary>
public static class ServiceSettingsExtensions
{
    public static IResourceBuilder<ProjectResource> WithLimits(this IResourceBuilder<ProjectResource> project)
    {
        var config = project.ApplicationBuilder.Configuration;
        return project
            .WithOptionalEnvironment("Limits__MaxQueueSize", config["Limits:MaxQueueSize"] ?? config["MAX_QUEUE_SIZE"])
            .WithOptionalEnvironment("Limits__MaxSubmissionsPerUserPerDay",
                config["Limits:MaxSubmissionsPerUserPerDay"] ?? config["MAX_SUBMISSIONS_PER_USER_PER_DAY"]);
    }

    public static IResourceBuilder<ProjectResource> WithWorkerSettings(this IResourceBuilder<ProjectResource> project)
    {
        var config = project.ApplicationBuilder.Configuration;
        return project
            .WithOptionalEnvironment("Worker__Concurrency", config["Worker:Concurrency"])
            .WithOptionalEnvironment("Worker__TaskTimeLimit", config["Worker:TaskTimeLimit"]);
    }

    /// <summary>Local repositories (paths, file:// URLs) are allowed in local mode unless configured otherwise.</summary>
    public static IResourceBuilder<ProjectResource> WithRepositoryPolicy(this IResourceBuilder<ProjectResource> project, InfraSettings infra)
    {
        var configured = project.ApplicationBuilder.Configuration["Repositories:AllowLocal"];
        return project.WithOptionalEnvironment("Repositories__AllowLocal",
            configured ?? (infra.Mode == InfraMode.Local ? "true" : null));
    }

    private static IResourceBuilder<ProjectResource> WithOptionalEnvironment(
        this IResourceBuilder<ProjectResource> project, string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? project : project.WithEnvironment(name, value);
}
