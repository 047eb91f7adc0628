namespace Asa.Api.Access;

/// <summary>Who a call comes from: the user whose tasks it may see, and whether it may see everyone's.</summary>
public sealed record Caller(string UserId, bool IsAdmin);
