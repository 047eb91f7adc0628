using System.Net;
using System.Net.Sockets;

namespace Asa.Core.Repositories;

/// <summary>
/// Decides which repository URLs ASA may clone. Anything that could reach into the server's own network
/// (plain http, ssh, embedded credentials, loopback, private and link-local/metadata addresses) is refused.
/// </summary>
public sealed class RepositoryUrlPolicy(bool allowLocalRepositories)
{
    private static readonly string[] BlockedHostNames =
        ["localhost", "metadata", "metadata.google.internal", "metadata.azure.com", "instance-data"];

    public bool AllowsLocalRepositories => allowLocalRepositories;

    /// <summary>Returns the accepted source, or the reason the URL is refused.</summary>
    public RepositorySource? Check(string? repoUrl, out string? reason)
    {
        reason = null;
        var url = repoUrl?.Trim() ?? "";
        if (url.Length == 0)
        {
            reason = "is required";
            return null;
        }
        if (url.Length > 2048)
        {
            reason = "is longer than 2,048 characters";
            return null;
        }
        if (url.Any(char.IsControl))
        {
            reason = "contains control characters";
            return null;
        }
        if (url.StartsWith('/'))
        {
            return CheckLocal(url, out reason);
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            reason = url.Contains('@') && url.Contains(':')
                ? "looks like an ssh address; only https URLs are supported"
                : "is not an absolute URL or path";
            return null;
        }
        return uri.Scheme switch
        {
            "https" => CheckHttps(uri, out reason),
            "file" => CheckLocal(uri.LocalPath, out reason),
            "http" => Refuse("uses plain http; use https", out reason),
            "ssh" or "git" or "git+ssh" => Refuse($"uses {uri.Scheme}://, which is not supported; use https", out reason),
            _ => Refuse($"uses the unsupported scheme '{uri.Scheme}'; use https", out reason),
        };
    }

    private static RepositorySource? Refuse(string why, out string? reason)
    {
        reason = why;
        return null;
    }

    private static RepositorySource? CheckHttps(Uri uri, out string? reason)
    {
        reason = null;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return Refuse("must not contain credentials; configure a token on the server instead", out reason);
        }
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return Refuse("must not have a query or fragment", out reason);
        }
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return IsPublic(address)
                ? new RepositorySource(RepositorySourceKind.Https, uri.AbsoluteUri)
                : Refuse($"points at the non-public address {address}", out reason);
        }
        if (!host.Contains('.') || BlockedHostNames.Contains(host) || host.EndsWith(".localhost", StringComparison.Ordinal)
            || host.EndsWith(".internal", StringComparison.Ordinal) || host.EndsWith(".local", StringComparison.Ordinal))
        {
            return Refuse($"points at the internal host '{host}'", out reason);
        }
        if (host is "github.com" or "www.github.com")
        {
            var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length != 2)
            {
                return Refuse("must name a GitHub repository as https://github.com/<owner>/<repository>", out reason);
            }
            var repository = segments[1].EndsWith(".git", StringComparison.Ordinal) ? segments[1][..^4] : segments[1];
            return new RepositorySource(RepositorySourceKind.GitHub, $"https://github.com/{segments[0]}/{repository}.git");
        }
        return new RepositorySource(RepositorySourceKind.Https, uri.AbsoluteUri);
    }

    private RepositorySource? CheckLocal(string path, out string? reason)
    {
        reason = null;
        if (!allowLocalRepositories)
        {
            return Refuse("is a local path, and this server does not accept local repositories", out reason);
        }
        var fullPath = Path.GetFullPath(path);
        if (!Directory.Exists(fullPath))
        {
            return Refuse($"names the directory {fullPath}, which does not exist", out reason);
        }
        return new RepositorySource(RepositorySourceKind.Local, fullPath);
    }

    /// <summary>True for addresses on the public internet; false for loopback, private, link-local (cloud metadata) and reserved ranges.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }
        var bytes = address.GetAddressBytes();
        return bytes switch
        {
            [10, ..] => false,
            [127, ..] => false,
            [0, ..] => false,
            [169, 254, ..] => false,
            [172, >= 16 and <= 31, ..] => false,
            [192, 168, ..] => false,
            [100, >= 64 and <= 127, ..] => false,
            [>= 224, ..] => false,
            _ => true,
        };
    }
}
