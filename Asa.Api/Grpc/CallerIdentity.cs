using System.Text.RegularExpressions;
using Asa.Api.Validation;
using Grpc.Core;

namespace Asa.Api.Grpc;

/// <summary>
/// Who is calling. Until API keys exist, the user is named by the <c>x-asa-user</c> metadata (default <c>local</c>).
/// </summary>
public static partial class CallerIdentity
{
    public const string UserHeader = "x-asa-user";
    public const string DefaultUser = "local";

    public static string UserOf(ServerCallContext context)
    {
        var user = context.RequestHeaders.GetValue(UserHeader);
        if (user is null)
        {
            return DefaultUser;
        }
        if (!ValidUser().IsMatch(user))
        {
            throw FieldErrors.Single(UserHeader, "must be 1 to 200 letters, digits, '.', '_', '@' or '-'");
        }
        return user;
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,200}$")]
    private static partial Regex ValidUser();
}
