using System.Text.RegularExpressions;

namespace Asa.Worker.Secrets;

/// <summary>
/// The worker's own secrets (API keys, tokens, passwords in its configuration and connection strings). Text that leaves
/// the worker (a prompt, an error, a stored record) has them replaced first, so a repository or a server that echoes a
/// secret back cannot make the worker hand it on.
/// </summary>
public sealed partial class SecretValues
{
    private const int ShortestSecret = 8;
    public const string Mask = "[redacted]";

    private readonly IReadOnlyList<string> values;

    public SecretValues(IEnumerable<string> values) =>
        this.values = values.Where(v => v.Length >= ShortestSecret).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();

    public int Count => values.Count;

    public static SecretValues FromConfiguration(IConfiguration configuration)
    {
        var found = new List<string>();
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            var name = key[(key.LastIndexOf(':') + 1)..];
            if (SecretName().IsMatch(name))
            {
                found.Add(value);
            }
            else if (key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase))
            {
                found.AddRange(PasswordsIn(value));
            }
        }
        return new SecretValues(found);
    }

    /// <summary>The text with every secret masked; <paramref name="found"/> says whether there was one.</summary>
    public string Redact(string text) => Redact(text, out _);

    public string Redact(string text, out bool found)
    {
        found = false;
        foreach (var secret in values)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
                found = true;
            }
        }
        return text;
    }

    // Npgsql separates options with ';', StackExchange.Redis with ','; either way the password is "password=...".
    private static IEnumerable<string> PasswordsIn(string connectionString) =>
        PasswordOption().Matches(connectionString).Select(m => m.Groups["value"].Value.Trim());

    [GeneratedRegex("password\\s*=\\s*(?<value>[^;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordOption();

    [GeneratedRegex("(key|token|password|secret)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
