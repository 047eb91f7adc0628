using Microsoft.Extensions.Configuration;

namespace Asa.AppHost.Infrastructure;

/// <summary>
/// The infrastructure choice and the settings of local mode, read from the AppHost's configuration.
/// <see cref="ContainerEngine"/> is the engine containers run on ("docker" or "podman"), null in local mode.
/// </summary>
public sealed record InfraSettings(InfraMode Mode, string Reason, string? ContainerEngine, string DataDirectory, int PostgresPort, int RedisPort)
{
    public const int DefaultPostgresPort = 15432;
    public const int DefaultRedisPort = 16379;

    /// <summary><c>--infra local</c> on the AppHost's command line sets <c>Infra:Mode</c>.</summary>
    public static readonly Dictionary<string, string> CommandLineSwitches =
        new() { ["--infra"] = "Infra:Mode" };

    public static InfraSettings Resolve(IDistributedApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var (mode, reason, engine) = ChooseMode(builder);
        return new InfraSettings(
            mode,
            reason,
            engine,
            config["Infra:DataDirectory"] is { Length: > 0 } dir ? Path.GetFullPath(dir) : DefaultDataDirectory(),
            config.GetValue("Infra:PostgresPort", DefaultPostgresPort),
            config.GetValue("Infra:RedisPort", DefaultRedisPort));
    }

    private static (InfraMode Mode, string Reason, string? Engine) ChooseMode(IDistributedApplicationBuilder builder)
    {
        // Aspire runs containers with docker unless ASPIRE_CONTAINER_RUNTIME says otherwise.
        var configuredEngine = builder.Configuration["ASPIRE_CONTAINER_RUNTIME"] is { Length: > 0 } runtime ? runtime.Trim().ToLowerInvariant() : null;
        var requested = builder.Configuration["Infra:Mode"];
        if (!Enum.TryParse<InfraMode>(requested ?? nameof(InfraMode.Auto), ignoreCase: true, out var mode)
            || !Enum.IsDefined(mode))
        {
            throw new AppHostConfigurationException($"Infra:Mode (--infra) must be auto, containers or local, not '{requested}'.");
        }
        // A manifest describes deployable containers; local processes have no meaning there.
        if (builder.ExecutionContext.IsPublishMode)
        {
            return (InfraMode.Containers, "publish mode always describes containers", configuredEngine ?? "docker");
        }
        if (mode != InfraMode.Auto)
        {
            return (mode, "requested", mode == InfraMode.Containers ? configuredEngine ?? "docker" : null);
        }
        var engine = ContainerEngineProbe.FindAnsweringEngine(configuredEngine);
        if (engine is null)
        {
            return (InfraMode.Local, "auto: no container engine answered", null);
        }
        return ContainerRegistryProbe.Answers()
            ? (InfraMode.Containers, $"auto: {engine} answered", engine)
            : (InfraMode.Local, $"auto: {engine} answered but {ContainerRegistryProbe.RegistryName}, where its images come from, did not", null);
    }

    private static string DefaultDataDirectory() =>
        // Root's home is 0700, so the postgres OS user could not reach a data directory under it.
        Environment.IsPrivilegedProcess
            ? "/var/lib/asa"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "asa");
}
