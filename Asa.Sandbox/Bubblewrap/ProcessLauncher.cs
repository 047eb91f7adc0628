using System.Collections.Concurrent;
using System.Diagnostics;

namespace Asa.Sandbox.Bubblewrap;

/// <summary>
/// Starts processes from one thread that lives as long as the service. bwrap --die-with-parent uses
/// PR_SET_PDEATHSIG, which fires when the thread that forked it exits, not the process: started from a
/// pool thread that later retires, a healthy run was SIGKILLed after a few milliseconds.
/// </summary>
internal static class ProcessLauncher
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> Requests = [];

    static ProcessLauncher()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "asa-sandbox-launcher" };
        thread.Start();
    }

    public static Task<Process> StartAsync(ProcessStartInfo start)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, started));
        return started.Task;
    }

    private static void Serve()
    {
        foreach (var (start, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(start)
                    ?? throw new InvalidOperationException($"Could not start {start.FileName} for a sandbox run."));
            }
            catch (Exception exception)
            {
                started.SetException(exception);
            }
        }
    }
}
