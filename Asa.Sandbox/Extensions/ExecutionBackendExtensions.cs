using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Docker;
using Asa.Sandbox.Execution;
using Microsoft.Extensions.Options;

namespace Asa.Sandbox.Extensions;

public static class ExecutionBackendExtensions
{
    public const string BackendKey = "Sandbox:Backend";

    /// <summary>
    /// Registers the backend named by <c>Sandbox:Backend</c>: <c>bubblewrap</c> (the default) or <c>docker</c>.
    /// Any other value stops the service at start with a message naming the setting.
    /// </summary>
    public static IHostApplicationBuilder AddExecutionBackend(this IHostApplicationBuilder builder)
    {
        var backend = builder.Configuration[BackendKey];
        switch (backend?.Trim().ToLowerInvariant())
        {
            case null or "" or "bubblewrap":
                builder.Services.AddOptions<BubblewrapOptions>().BindConfiguration("Sandbox:Bubblewrap");
                builder.Services.AddSingleton<IExecutionBackend>(
                    services => new BubblewrapBackend(services.GetRequiredService<IOptions<BubblewrapOptions>>().Value));
                break;
            case "docker":
                builder.Services.AddOptions<DockerOptions>()
                    .BindConfiguration(DockerOptions.SectionName)
                    .Validate(o => !string.IsNullOrWhiteSpace(o.Image), "Sandbox:Docker:Image must name the image commands run in.")
                    .Validate(
                        o => Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "unix" or "tcp" or "http" or "https",
                        "Sandbox:Docker:Endpoint must be a Docker API URI such as unix:///var/run/docker.sock.")
                    .Validate(
                        o => o.SeccompProfile.Length == 0 || File.Exists(o.SeccompProfile),
                        "Sandbox:Docker:SeccompProfile must name a seccomp profile (JSON) on this host, or be empty for the engine's own.")
                    .ValidateOnStart();
                builder.Services.AddSingleton<IExecutionBackend>(
                    services => new DockerBackend(services.GetRequiredService<IOptions<DockerOptions>>().Value));
                break;
            default:
                throw new InvalidOperationException(
                    $"{BackendKey} is '{backend}'; it must be 'bubblewrap' (the default) or 'docker'.");
        }

        return builder;
    }
}
