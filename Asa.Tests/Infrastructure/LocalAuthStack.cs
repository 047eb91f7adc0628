namespace Asa.Tests.Infrastructure;

/// <summary>The API as the AppHost runs it in local mode (no keys, one implicit user), and no workers: every task stays queued.</summary>
public sealed class LocalAuthStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Api = new Dictionary<string, string> { ["Auth__Mode"] = "local" },
});
