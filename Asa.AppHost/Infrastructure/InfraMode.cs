namespace Asa.AppHost.Infrastructure;

/// <summary>How Postgres and Redis are provided: <c>--infra auto|containers|local</c> (configuration key <c>Infra:Mode</c>).</summary>
public enum InfraMode
{
    /// <summary>Containers when a container engine answers, otherwise local executables.</summary>
    Auto,

    /// <summary>AddPostgres/AddRedis containers with data volumes.</summary>
    Containers,

    /// <summary><c>postgres</c> and <c>redis-server</c> executables with data in a local directory.</summary>
    Local,
}
