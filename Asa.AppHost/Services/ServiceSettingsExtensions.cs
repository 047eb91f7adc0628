using Microsoft.Extensions.Configuration;
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

    /// <summary>Settings read only by the worker; the model provider's and GitHub's settings and keys only when running here.</summary>
    public static IResourceBuilder<ProjectResource> WithWorkerSettings(this IResourceBuilder<ProjectResource> project)
    {
        var config = project.ApplicationBuilder.Configuration;
        project
            .WithOptionalEnvironment("Worker__Concurrency", config["Worker:Concurrency"])
            .WithOptionalEnvironment("Worker__TaskTimeLimit", config["Worker:TaskTimeLimit"]);
        // A published manifest would carry these values in clear text; a deployment sets them itself.
        if (!project.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            return project;
        }
        foreach (var name in (string[])["OPENAI_API_KEY", "DEFAULT_MODEL", "AZURE_OPENAI_API_KEY", "GITHUB_TOKEN"])
        {
            project.WithOptionalEnvironment(name, config[name]);
        }
        foreach (var section in (string[])["Llm", "Delivery"])
        {
            foreach (var setting in config.GetSection(section).AsEnumerable(makePathsRelative: true).Where(s => s.Value is not null))
            {
                project.WithOptionalEnvironment($"{section}__{setting.Key.Replace(":", "__", StringComparison.Ordinal)}", setting.Value);
            }
        }
        return project;
    }

    /// <summary>Local repositories (paths, file:// URLs) are allowed in local mode unless configured otherwise.</summary>
    public static IResourceBuilder<ProjectResource> WithRepositoryPolicy(this IResourceBuilder<ProjectResource> project, InfraSettings infra)
    {
        var configured = project.ApplicationBuilder.Configuration["Repositories:AllowLocal"];
        return project.WithOptionalEnvironment("Repositories__AllowLocal",
            configured ?? (infra.Mode == InfraMode.Local ? "true" : null));
    }

    /// <summary>
    /// Local mode is one person on their own machine: the API runs without keys (and says so) unless
    /// <c>Auth:Mode</c> is configured; with containers, or deployed, every call needs a key.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAuthMode(this IResourceBuilder<ProjectResource> api, InfraSettings infra)
    {
        var configured = api.ApplicationBuilder.Configuration["Auth:Mode"];
        return api.WithOptionalEnvironment("Auth__Mode", configured ?? (infra.Mode == InfraMode.Local ? "local" : null));
    }

    /// <summary>The sandbox's backend; a deployment without a configured image asks for it as the <c>sandbox-image</c> parameter.</summary>
    public static IResourceBuilder<ProjectResource> WithSandboxBackend(this IResourceBuilder<ProjectResource> sandbox, SandboxBackendSettings backend)
    {
        sandbox.WithEnvironment("Sandbox__Backend", backend.Backend);
        if (backend.Backend != SandboxBackendSettings.Docker)
        {
            return sandbox;
        }
        sandbox.WithOptionalEnvironment("Sandbox__Docker__Endpoint", backend.DockerEndpoint);
        return backend.DockerImage is { Length: > 0 } image
            ? sandbox.WithEnvironment("Sandbox__Docker__Image", image)
            : sandbox.WithEnvironment("Sandbox__Docker__Image", sandbox.ApplicationBuilder.AddParameter("sandbox-image"));
    }

    private static IResourceBuilder<ProjectResource> WithOptionalEnvironment(
        this IResourceBuilder<ProjectResource> project, string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? project : project.WithEnvironment(name, value);
}
