using Asa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Asa.Api.Access;

/// <summary>Creates, lists, revokes and checks API keys in <c>api_keys</c>.</summary>
public sealed class ApiKeyStore(AsaDbContext db, TimeProvider clock)
{
    /// <summary>Creates a key; the returned key is the only copy there will ever be.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string userId, bool isAdmin, CancellationToken cancellationToken)
    {
        var (id, key, secretHash) = ApiKey.New();
        var record = new ApiKeyRecord
        {
            Id = id,
            UserId = userId,
            SecretHash = secretHash,
            IsAdmin = isAdmin,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, key);
    }

    /// <summary>Revokes a key by its id; false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.ApiKeys
            .Where(k => k.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, k => k.RevokedAt ?? now), cancellationToken);
        return changed > 0;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The caller a presented key stands for, or null when it is malformed, unknown or revoked.</summary>
    public async Task<Caller?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKey.TryParse(presented, out var id, out var secret))
        {
            return null;
        }
        var record = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return record is { RevokedAt: null } && ApiKey.Matches(secret, record.SecretHash)
            ? new Caller(record.UserId, record.IsAdmin)
            : null;
    }
}
