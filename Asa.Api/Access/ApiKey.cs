using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Asa.Api.Access;

/// <summary>
/// The shape of a key, <c>asa_{id}_{secret}</c>: the id finds its row and names it in listings; only the
/// SHA-256 of the secret is stored. Both parts are random, so a fast hash is enough.
/// </summary>
public static class ApiKey
{
    private const string Prefix = "asa_";
    private const int IdBytes = 6;
    private const int SecretBytes = 24;

    public static (string Id, string Key, byte[] SecretHash) New()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, $"{Prefix}{id}_{secret}", Hash(secret));
    }

    public static bool TryParse(string key, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out string? secret)
    {
        id = secret = null;
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length != Prefix.Length + IdBytes * 2 + 1 + 32)
        {
            return false;
        }
        id = key.Substring(Prefix.Length, IdBytes * 2);
        secret = key[(Prefix.Length + IdBytes * 2 + 1)..];
        return key[Prefix.Length + IdBytes * 2] == '_' && id.All(char.IsAsciiHexDigitLower);
    }

    public static bool Matches(string secret, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
