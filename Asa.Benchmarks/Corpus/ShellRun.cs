using System.Diagnostics;
using System.Text;

namespace Asa.Benchmarks.Corpus;

/// <summary>How a <c>bash -c</c> command on this machine ended: its exit code (null when it ran out of time) and the end of its output.</summary>
public sealed record ShellRun(int? ExitCode, bool TimedOut, string OutputTail)
{
    private const int TailCharacters = 4000;

    /// <summary>Runs <paramref name="command"/> in <paramref name="directory"/>; the whole process tree is killed at the time limit.</summary>
    public static async Task<ShellRun> RunAsync(
        string directory, string command, TimeSpan timeLimit, CancellationToken cancellationToken, int tailCharacters = TailCharacters)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            Environment =
            {
                // Debian's toolchains first, as in the sandbox and scripts/corpus-check.sh, whatever python or node is on the caller's PATH.
                ["PATH"] = $"/usr/bin:/bin:{Environment.GetEnvironmentVariable("PATH")}",
                ["PYTHONDONTWRITEBYTECODE"] = "1",
                ["LANG"] = "C.UTF-8",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            },
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started");
        process.StandardInput.Close();
        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.AppendLine(line.Data);
                if (output.Length > 4 * tailCharacters)
                {
                    output.Remove(0, output.Length - tailCharacters);
                }
            }
        }
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }
        lock (output)
        {
            var text = output.ToString();
            return new ShellRun(timedOut ? null : process.ExitCode, timedOut, text.Length > tailCharacters ? text[^tailCharacters..] : text);
        }
    }
}
