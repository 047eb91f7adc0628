namespace Asa.AppHost.Services;

/// <summary>
/// Declares a project's HTTP endpoints together with the Kestrel configuration that makes the process
/// listen on them with the right protocols.
/// </summary>
public static class KestrelEndpointExtensions
{
    public const string Http1 = "Http1";
    public const string Http2 = "Http2";

    /// <param name="protocols"><see cref="Http2"/> for cleartext gRPC: Http1AndHttp2 without TLS only ever speaks HTTP/1.1.</param>
    /// <param name="port">The port Kestrel listens on in a deployment (the manifest's target port).</param>
    /// <param name="localPort">The port clients use when run locally, or null for one Aspire picks.</param>
    /// <param name="isProxied">False to listen on <paramref name="localPort"/> directly, without Aspire's proxy in between.</param>
    public static IResourceBuilder<ProjectResource> WithKestrelEndpoint(
        this IResourceBuilder<ProjectResource> project, string name, string protocols, int port, int? localPort, bool isProxied = true)
    {
        var publishing = project.ApplicationBuilder.ExecutionContext.IsPublishMode;
        project.WithEndpoint(name, endpoint =>
        {
            endpoint.UriScheme = "http";
            endpoint.Transport = protocols == Http2 ? "http2" : "http";
            endpoint.IsProxied = isProxied;
            if (publishing)
            {
                endpoint.TargetPort = port;
            }
            else
            {
                endpoint.Port = localPort;
                endpoint.TargetPort = isProxied ? null : localPort;
            }
        }, createIfNotExists: true);

        var endpointReference = project.GetEndpoint(name);
        // Inside a container localhost would be unreachable from outside.
        var host = publishing ? "*" : "localhost";
        return project
            .WithEnvironment($"Kestrel__Endpoints__{name}__Url",
                ReferenceExpression.Create($"http://{host}:{endpointReference.Property(EndpointProperty.TargetPort)}"))
            .WithEnvironment($"Kestrel__Endpoints__{name}__Protocols", protocols)
            // Kestrel's configured endpoints replace ASPNETCORE_URLS anyway (with a warning); don't inject it.
            .WithEndpointsInEnvironment(_ => false);
    }
}
