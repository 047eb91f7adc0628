namespace Asa.Api.Access;

/// <summary>How callers are identified (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// <c>keys</c> (the default): every call carries <c>authorization: Bearer &lt;key&gt;</c>. <c>local</c>: no keys,
    /// every call is <see cref="LocalUser"/>; for one person on their own machine only.
    /// </summary>
    public string Mode { get; set; } = KeysMode;

    public string LocalUser { get; set; } = "local";

    public const string KeysMode = "keys";
    public const string LocalMode = "local";

    public bool IsLocal => string.Equals(Mode, LocalMode, StringComparison.OrdinalIgnoreCase);
}
