using Docker.DotNet;
using Docker.DotNet.Models;

namespace Asa.Sandbox.Docker;

/// <summary>
/// The seccomp security option of every container, worked out once from the engine's version. podman's default
/// profile lets a command create user namespaces, so podman gets it amended (<see cref="SeccompProfile"/>) and
/// passed as a file path, the only form its compat API reads. Docker's default already denies them and is
/// kept; a configured profile is amended and passed inline, the only form Docker reads.
/// </summary>
internal sealed class DockerSeccomp(IDockerClient client, DockerOptions options, DockerHostDirectory host)
{
    public const string PodmanDefaultProfile = "/usr/share/containers/seccomp.json";
    private const string Setting = $"{DockerOptions.SectionName}:{nameof(DockerOptions.SeccompProfile)}";
    private readonly SemaphoreSlim resolving = new(1, 1);
    private IReadOnlyList<string>? securityOptions;

    public async Task<IReadOnlyList<string>> SecurityOptionsAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref securityOptions) is { } known)
        {
            return known;
        }

        await resolving.WaitAsync(cancellationToken);
        try
        {
            // A failure is not kept: the next run asks the engine again.
            return securityOptions ??= await ResolveAsync(cancellationToken);
        }
        finally
        {
            resolving.Release();
        }
    }

    internal static bool IsPodman(VersionResponse version) =>
        version.Components?.Any(c => c.Name?.Contains("Podman", StringComparison.OrdinalIgnoreCase) == true) == true;

    private async Task<IReadOnlyList<string>> ResolveAsync(CancellationToken cancellationToken)
    {
        var podman = IsPodman(await client.System.GetVersionAsync(cancellationToken));
        var source = options.SeccompProfile is { Length: > 0 } configured ? configured : podman ? PodmanDefaultProfile : null;
        if (source is null)
        {
            return [];
        }

        var amended = Amend(source, await ReadAsync(source, cancellationToken));
        if (!podman)
        {
            return [$"seccomp={amended}"];
        }

        var path = host.PathOf("seccomp.json");
        await File.WriteAllTextAsync(path, amended, cancellationToken);
        return [$"seccomp={path}"];
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The seccomp profile '{path}' does not exist. The docker backend denies nested user namespaces on top of "
                + $"the engine's profile, so it must read one: install the engine's (podman's is {PodmanDefaultProfile}) "
                + $"or name one with {Setting}.");
        }

        return await File.ReadAllTextAsync(path, cancellationToken);
    }

    private static string Amend(string path, string profile)
    {
        try
        {
            return SeccompProfile.DenyNestedUserNamespaces(profile);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The seccomp profile '{path}' ({Setting}) cannot be read: {e.Message}", e);
        }
    }
}
