using System.Globalization;
using System.Net;

namespace Asa.Benchmarks;

/// <summary>Argument checks shared by every command; each throws <see cref="ArgumentException"/> naming the bad one.</summary>
public static class OptionParsing
{
    public static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{value}'");

    // A load generator pointed at someone else's server is an attack, not a benchmark.
    public static Uri LoopbackUrl(string name, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"{name} must be an http:// or https:// URL, not '{value}'");
        }
        var isLoopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return isLoopback ? uri : throw new ArgumentException($"{name} must point at this machine (localhost or a loopback address), not '{uri.Host}'");
    }
}
