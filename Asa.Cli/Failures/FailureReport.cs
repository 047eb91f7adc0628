using System.Text.Json.Nodes;
using Asa.Cli.Output;

namespace Asa.Cli.Failures;

/// <summary>Tells the user why a command stopped: a message on stderr and, with --json, an error document on stdout.</summary>
public static class FailureReport
{
    public static int Write(CliHost host, CommandFailure failure, bool json, string? secret)
    {
        var message = Redact(failure.Message, secret);
        host.Error.WriteLine($"asa: {message}");
        foreach (var violation in failure.Violations)
        {
            host.Error.WriteLine($"  {violation.Field}: {Redact(violation.Description, secret)}");
        }
        if (json)
        {
            var error = new JsonObject
            {
                ["code"] = failure.Code,
                ["exitCode"] = failure.ExitCode,
                ["message"] = message,
            };
            if (failure.Violations.Count > 0)
            {
                error["fieldViolations"] = new JsonArray([.. failure.Violations.Select(v => (JsonNode)new JsonObject
                {
                    ["field"] = v.Field,
                    ["description"] = Redact(v.Description, secret),
                })]);
            }
            JsonOutput.Write(host.Output, new JsonObject { ["error"] = error });
        }
        return failure.ExitCode;
    }

    // The server never echoes the key, but a transport error might quote a header; keep the key out of every message.
    private static string Redact(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);
}
