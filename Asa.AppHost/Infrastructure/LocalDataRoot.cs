using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Asa.AppHost.Infrastructure;

/// <summary>The persistent directory of local mode and the secrets generated once inside it.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalDataRoot
{
    private const UnixFileMode TraversableByServiceUsers =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public LocalDataRoot(string path)
    {
        Path = path;
        Directory.CreateDirectory(path, TraversableByServiceUsers);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Reads the secret in <paramref name="fileName"/>, generating it (mode 0600) on first use.</summary>
    public string GetOrCreateSecret(string fileName)
    {
        var file = Combine(fileName);
        if (!File.Exists(file))
        {
            try
            {
                using var stream = new FileStream(file, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
                using var writer = new StreamWriter(stream);
                // Base64url: safe unquoted in Npgsql and StackExchange.Redis connection strings and in redis.conf.
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_'));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another AppHost created it first; use theirs.
            }
        }
        var secret = File.ReadAllText(file).Trim();
        return secret.Length > 0 ? secret : throw new AppHostConfigurationException($"The secret file {file} is empty; delete it to generate a new one.");
    }
}
