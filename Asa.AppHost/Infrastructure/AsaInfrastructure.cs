namespace Asa.AppHost.Infrastructure;

/// <summary>The connection-string resources the services reference.</summary>
public sealed record AsaInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResourceWithConnectionString> Redis);
