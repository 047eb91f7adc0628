using Microsoft.Extensions.Options;

namespace Asa.Api.Access;

/// <summary>Says at start how callers are identified, loudly when nobody is.</summary>
public sealed partial class AuthModeReport(IOptions<AuthOptions> options, ILogger<AuthModeReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocal)
        {
            LogLocal(options.Value.LocalUser);
        }
        else
        {
            LogKeys();
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Auth:Mode is local: no API keys; every call is the single local user '{User}'. Use Auth:Mode=keys anywhere others can reach this API")]
    private partial void LogLocal(string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Every call needs an API key (authorization: Bearer <key>)")]
    private partial void LogKeys();
}
