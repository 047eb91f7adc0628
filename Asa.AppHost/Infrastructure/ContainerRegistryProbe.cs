namespace Asa.AppHost.Infrastructure;

/// <summary>
/// Asks whether the registry Aspire pulls Postgres and Redis from answers at all: an engine that answers
/// on a machine that cannot reach it would wait for images forever.
/// </summary>
public static class ContainerRegistryProbe
{
    public const string RegistryName = "docker.io";
    private static readonly Uri Registry = new("https://registry-1.docker.io/v2/");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static bool Answers()
    {
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            // Any HTTP answer will do (the registry says 401 to anonymous callers); only silence counts as no.
            using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, Registry));
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
