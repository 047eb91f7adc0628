using System.Net;
using Asa.Core.Errors;
using Asa.Core.Repositories;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Where a worker may clone a repository from: a URL the policy allows by its text and, for a remote one, whose host
/// does not resolve into the server's own network either. Checked again at every clone, since a name can change.
/// </summary>
public static class CloneSource
{
    public static async Task<RepositorySource> ResolveAsync(RepositoryUrlPolicy policy, string repoUrl, CancellationToken cancellationToken)
    {
        var source = policy.Check(repoUrl, out var reason)
            ?? throw AsaException.Policy($"The repository URL is not allowed: it {reason}.");
        if (source.Kind != RepositorySourceKind.Local)
        {
            await EnsurePublicHostAsync(new Uri(source.CloneUrl), cancellationToken);
        }
        return source;
    }

    private static async Task EnsurePublicHostAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out _))
        {
            return;
        }
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            throw AsaException.Transient($"The repository host '{uri.Host}' could not be resolved: {exception.Message}", exception);
        }
        if (addresses.FirstOrDefault(address => !RepositoryUrlPolicy.IsPublic(address)) is { } inside)
        {
            throw AsaException.Policy($"The repository host '{uri.Host}' resolves to the non-public address {inside}.");
        }
    }
}
