namespace Asa.Core.Data;

/// <summary>
/// A row of <c>api_keys</c>: who a key belongs to and the SHA-256 of its secret. The key itself is shown once,
/// when it is created, and never stored.
/// </summary>
public sealed class ApiKeyRecord
{
    /// <summary>The key's public part (<c>asa_{Id}_...</c>): how it is found, named in listings and revoked.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public required byte[] SecretHash { get; set; }
    public bool IsAdmin { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
