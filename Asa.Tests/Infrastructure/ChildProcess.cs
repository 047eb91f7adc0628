using System.Diagnostics;

namespace Asa.Tests.Infrastructure;

/// <summary>
/// A process started by the tests, with its output captured line by line, that cannot outlive the test run.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    // The program runs under a small shell that holds the read end of a pipe from the test run: when the
    // test run ends, even by a crash or a kill, the pipe closes and the shell sends the stop signal, so no
    // postgres, redis or service is left behind, nor their files. Closing the pipe on purpose is the clean stop.
    private const string Watchdog = """
        signal=$1; delete_on_exit=$2; shift 2
        exec 3<&0
        "$@" </dev/null &
        child=$!
        { while read -r _ <&3; do :; done; kill -s "$signal" "$child" 2>/dev/null; } &
        watcher=$!
        wait "$child"; status=$?
        kill "$watcher" 2>/dev/null
        [ -z "$delete_on_exit" ] || rm -rf -- "$delete_on_exit"
        exit "$status"
        """;

    private readonly Process process;
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(ProcessSpec spec, Process process)
    {
        Spec = spec;
        this.process = process;
        Output = new LineLog(spec.Name);
    }

    /// <summary>What was started.</summary>
    public ProcessSpec Spec { get; }

    /// <summary>Everything the process printed so far.</summary>
    public LineLog Output { get; }

    /// <summary>The id of the watchdog shell, the root of the process tree.</summary>
    public int Id => process.Id;

    /// <summary>True once the whole tree has ended and its output is read.</summary>
    public bool HasExited => exited.Task.IsCompleted;

    /// <summary>Starts the program; its stdin is empty, its stdout and stderr go to <see cref="Output"/>.</summary>
    public static ChildProcess Start(ProcessSpec spec)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        // The environment goes through env(1) rather than the shell's own: dash drops variables whose names are not
        // shell identifiers, and .NET's configuration names (ConnectionStrings__asa-db) often are not.
        // env(1) takes its -u options only before the first assignment.
        var environment = spec.Environment.OrderBy(pair => pair.Value is not null)
            .SelectMany(pair => pair.Value is null ? (string[])["-u", pair.Key] : [$"{pair.Key}={pair.Value}"]);
        foreach (var argument in (string[])["-c", Watchdog, "watchdog", spec.StopSignal, spec.DeleteOnExit ?? "", "env", .. environment, spec.FileName, .. spec.Arguments])
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(spec, process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = child.ObserveExitAsync();
        return child;
    }

    /// <summary>The first line, past or future, that matches the predicate.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout) =>
        Output.WaitForAsync(predicate, timeout);

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await exited.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Spec.Name} did not exit within {timeout}.{Environment.NewLine}{Output.Tail()}");
        }
        return process.ExitCode;
    }

    /// <summary>Sends the stop signal and waits; kills the whole tree when that takes longer than the timeout.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (HasExited)
        {
            return;
        }
        process.StandardInput.Close();
        try
        {
            await exited.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await KillAsync();
        }
    }

    /// <summary>SIGKILL to the process and every descendant, then waits until they are gone.</summary>
    public async Task KillAsync()
    {
        if (HasExited)
        {
            return;
        }
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
        await WaitForExitAsync(TestTimeouts.ProcessExit);
    }

    /// <summary>Kills the process tree unless it has already ended.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is not null)
        {
            Output.Add(line);
        }
    }

    private async Task ObserveExitAsync()
    {
        // Without a token this also waits for the end of stdout and stderr, so every line is in Output.
        await process.WaitForExitAsync();
        Output.Close($"exited with code {process.ExitCode}");
        exited.TrySetResult();
    }
}
