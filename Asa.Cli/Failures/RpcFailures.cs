using System.Text.RegularExpressions;
using Asa.Cli.Connection;
using Google.Rpc;
using Grpc.Core;

namespace Asa.Cli.Failures;

/// <summary>Turns a gRPC error into the exit code and the message a user can act on.</summary>
public static partial class RpcFailures
{
    public static CommandFailure Describe(RpcException exception, ConnectionSettings settings)
    {
        var detail = exception.Status.Detail;
        var code = CanonicalName(exception.StatusCode);
        return exception.StatusCode switch
        {
            StatusCode.Unauthenticated when settings.ApiKey is null => new(ExitCodes.NotAuthenticated, code,
                $"Not authenticated: the server at {settings.Url} needs an API key and none was given. "
                + $"Pass --api-key, set {ConnectionSettingsResolver.ApiKeyVariable}, or put \"apiKey\" in the config file "
                + $"(~/.config/asa/config.json or ${ConfigFile.PathVariable}).", []),
            StatusCode.Unauthenticated => new(ExitCodes.NotAuthenticated, code,
                $"Not authenticated: the server refused the API key from {settings.ApiKeySource}: {detail}", []),
            StatusCode.PermissionDenied => new(ExitCodes.NotAuthenticated, code, $"Not allowed: {detail}", []),
            StatusCode.NotFound => new(ExitCodes.NotFound, code, detail, []),
            StatusCode.InvalidArgument => Violations(exception) is { Count: > 0 } violations
                ? new(ExitCodes.InvalidArgument, code, "The server rejected the request; the fields at fault:", violations)
                : new(ExitCodes.InvalidArgument, code, detail, []),
            StatusCode.FailedPrecondition => new(ExitCodes.InvalidArgument, code, detail, []),
            StatusCode.Unavailable => new(ExitCodes.Unavailable, code, $"The server at {settings.Url} is unavailable: {detail}", []),
            StatusCode.ResourceExhausted => new(ExitCodes.Unavailable, code, $"Refused for now, a limit was reached: {detail}", []),
            StatusCode.DeadlineExceeded => new(ExitCodes.Unavailable, code, $"The server at {settings.Url} did not answer in time.", []),
            StatusCode.Unimplemented => new(ExitCodes.Unavailable, code,
                $"The server at {settings.Url} does not offer this call (an older ASA?): {detail}", []),
            _ => new(ExitCodes.Unavailable, code, $"The server failed ({code}): {detail}", []),
        };
    }

    /// <summary>The code as gRPC spells it: NOT_FOUND, not NotFound.</summary>
    private static string CanonicalName(StatusCode code) => WordBoundary().Replace(code.ToString(), "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex WordBoundary();

    private static List<FieldViolation> Violations(RpcException exception) =>
        exception.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest
            ? badRequest.FieldViolations.Select(v => new FieldViolation(v.Field, v.Description)).ToList()
            : [];
}
