namespace Asa.AppHost.Infrastructure;

/// <summary>The connection-string resources the services reference, whichever mode provides them.</summary>
public sealed record AsaInfrastructure(
    InfraSettings Settings,
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResourceWithConnectionString> Redis);
