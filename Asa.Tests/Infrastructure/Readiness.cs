namespace Asa.Tests.Infrastructure;

/// <summary>Ways to tell that a started service is ready for the tests.</summary>
public static class Readiness
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls the URL until it answers 200; connection errors and other statuses mean not yet.</summary>
    public static async Task HttpOkAsync(Uri url, CancellationToken cancellation)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(url, cancellation);
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // One request timed out; the next may not.
            }
            await Task.Delay(PollInterval, cancellation);
        }
    }

    /// <summary>Ready when the service prints a line that matches.</summary>
    public static Func<ServiceProcess, CancellationToken, Task> Line(Func<string, bool> predicate) =>
        (service, cancellation) => service.Output.WaitForAsync(predicate, Timeout.InfiniteTimeSpan).WaitAsync(cancellation);
}
