using Asa.Core.Data;

namespace Asa.Api.Access;

/// <summary>
/// The administrator's command for API keys, run on a machine that reaches the database:
/// <c>Asa.Api keys create --user ID [--admin] | revoke KEY_ID | list</c>. The database comes from the
/// connection string <c>asa-db</c> (<c>ConnectionStrings__asa-db</c> or <c>--ConnectionStrings:asa-db=...</c>).
/// Exit codes: 0 done, 1 no such key, 2 a usage or configuration error.
/// </summary>
public static class KeysCommand
{
    private const string Usage = "usage: Asa.Api keys create --user ID [--admin] | keys revoke KEY_ID | keys list";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "keys";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (verb, user, admin, keyId, settings) = Parse(args);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build();
        var connectionString = configuration.GetConnectionString(AsaDbContext.ConnectionName);
        if (verb is null || (verb == "create" && !UserIds.IsValid(user)) || (verb == "revoke" && keyId is null))
        {
            await error.WriteLineAsync(verb == "create" ? $"keys create: --user {UserIds.Rule}" : Usage);
            return 2;
        }
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync($"keys: no database; set ConnectionStrings__{AsaDbContext.ConnectionName}");
            return 2;
        }

        await using var db = AsaDbContextOptions.CreateContext(connectionString);
        var store = new ApiKeyStore(db, TimeProvider.System);
        switch (verb)
        {
            case "create":
                var (record, key) = await store.CreateAsync(user!, admin, CancellationToken.None);
                await output.WriteLineAsync($"Created key {record.Id} for {record.UserId}{(admin ? " (admin)" : "")}. It is shown only now; ASA keeps its hash:");
                await output.WriteLineAsync(key);
                return 0;
            case "revoke":
                if (await store.RevokeAsync(keyId!, CancellationToken.None))
                {
                    await output.WriteLineAsync($"Revoked key {keyId}.");
                    return 0;
                }
                await error.WriteLineAsync($"keys revoke: there is no key '{keyId}'.");
                return 1;
            default:
                foreach (var listed in await store.ListAsync(CancellationToken.None))
                {
                    await output.WriteLineAsync(
                        $"{listed.Id}  {listed.UserId}{(listed.IsAdmin ? " (admin)" : "")}  created {listed.CreatedAt:u}{(listed.RevokedAt is { } revoked ? $"  revoked {revoked:u}" : "")}");
                }
                return 0;
        }
    }

    private static (string? Verb, string? User, bool Admin, string? KeyId, string[] Settings) Parse(string[] args)
    {
        string? verb = null, user = null, keyId = null;
        var admin = false;
        var settings = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "create" or "revoke" or "list" when verb is null:
                    verb = args[i];
                    break;
                case "--user" when i + 1 < args.Length:
                    user = args[++i];
                    break;
                case "--admin":
                    admin = true;
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('='):
                    settings.Add(setting);
                    break;
                case var id when verb == "revoke" && keyId is null:
                    keyId = id;
                    break;
                default:
                    return (null, null, false, null, []);
            }
        }
        return (verb, user, admin, keyId, settings.ToArray());
    }
}
