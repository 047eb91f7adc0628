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

    /// <summary>The secret parameters a published manifest declares for the worker, and the variable each one sets.</summary>
    public static readonly IReadOnlyList<(string Parameter, string Variable)> WorkerSecrets =
        [("model-api-key", "OPENAI_API_KEY"), ("github-token", "GITHUB_TOKEN")];

    /// <summary>
    /// Settings read only by the worker. The model provider's and GitHub's settings and keys are passed when running
    /// here; a published manifest asks for the key and the token as secret parameters instead (blank means none).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithWorkerSettings(this IResourceBuilder<ProjectResource> project)
    {
        var config = project.ApplicationBuilder.Configuration;
        project
            .WithOptionalEnvironment("Worker__Concurrency", config["Worker:Concurrency"])
            .WithOptionalEnvironment("Worker__TaskTimeLimit", config["Worker:TaskTimeLimit"]);
        // The manifest would carry configured values in clear text; it names parameters whose values the deployment holds.
        if (!project.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            foreach (var (parameter, variable) in WorkerSecrets)
            {
                project.WithEnvironment(variable, project.ApplicationBuilder.Parameter(parameter, secret: true));
            }
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

    /// <summary>
    /// The sandbox's backend; a deployment without a configured image or engine asks for them as the <c>sandbox-image</c>
    /// and <c>sandbox-docker-endpoint</c> parameters.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSandboxBackend(this IResourceBuilder<ProjectResource> sandbox, SandboxBackendSettings backend)
    {
        sandbox.WithEnvironment("Sandbox__Backend", backend.Backend);
        if (backend.Backend != SandboxBackendSettings.Docker)
        {
            return sandbox;
        }
        var builder = sandbox.ApplicationBuilder;
        sandbox = backend.DockerEndpoint is { Length: > 0 } endpoint
            ? sandbox.WithEnvironment("Sandbox__Docker__Endpoint", endpoint)
            : sandbox.WithEnvironment("Sandbox__Docker__Endpoint", builder.Parameter("sandbox-docker-endpoint", secret: false));
        return backend.DockerImage is { Length: > 0 } image
            ? sandbox.WithEnvironment("Sandbox__Docker__Image", image)
            : sandbox.WithEnvironment("Sandbox__Docker__Image", builder.Parameter("sandbox-image", secret: false));
    }

    // Every sandbox, or every worker group, reads the same parameter: the deployment gives each value once.
    private static IResourceBuilder<ParameterResource> Parameter(this IDistributedApplicationBuilder builder, string name, bool secret) =>
        builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == name) is { } existing
            ? builder.CreateResourceBuilder(existing)
            : builder.AddParameter(name, secret);

    private static IResourceBuilder<ProjectResource> WithOptionalEnvironment(
        this IResourceBuilder<ProjectResource> project, string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? project : project.WithEnvironment(name, value);
}
