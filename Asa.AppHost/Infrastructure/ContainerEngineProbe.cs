using System.Diagnostics;

namespace Asa.AppHost.Infrastructure;

/// <summary>Asks the container engine CLI whether its daemon answers, within a short timeout.</summary>
public static class ContainerEngineProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Returns the runtime that answered ("docker" or "podman"), or null when none did.</summary>
    /// <param name="preferredRuntime">Aspire's <c>ASPIRE_CONTAINER_RUNTIME</c>, when set: only that runtime is tried.</param>
    public static string? FindAnsweringEngine(string? preferredRuntime)
    {
        string[] candidates = string.IsNullOrWhiteSpace(preferredRuntime) ? ["docker", "podman"] : [preferredRuntime];
        return candidates.FirstOrDefault(Answers);
    }

    private static bool Answers(string runtime)
    {
        var start = new ProcessStartInfo(runtime, ["info"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }
            // Drain both pipes so a chatty CLI cannot block on a full buffer.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // Not installed.
        }
    }
}
