using System.Text.RegularExpressions;

namespace Asa.Api.Access;

/// <summary>What a user id may look like: it appears in keys' listings, task rows and logs.</summary>
public static partial class UserIds
{
    public const string Rule = "must be 1 to 200 letters, digits, '.', '_', '@' or '-'";

    public static bool IsValid(string? userId) => userId is not null && Pattern().IsMatch(userId);

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,200}$")]
    private static partial Regex Pattern();
}
