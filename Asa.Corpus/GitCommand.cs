using System.Diagnostics;

namespace Asa.Corpus;

/// <summary>Runs the git command line in a directory; throws with git's own message when it fails.</summary>
public static class GitCommand
{
    public static async Task RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {(await stderr).Trim()}");
        }
    }

    public static Task RunAsync(string workingDirectory, CancellationToken cancellationToken, params string[] arguments) =>
        RunAsync(workingDirectory, null, cancellationToken, arguments);
}
