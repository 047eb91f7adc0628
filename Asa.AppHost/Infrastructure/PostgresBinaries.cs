using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Asa.AppHost.Infrastructure;

/// <summary>Finds the directory holding <c>initdb</c> and <c>postgres</c> for local mode.</summary>
public static class PostgresBinaries
{
    public static string FindBinDirectory(IConfiguration config)
    {
        var candidates = new[] { config["Infra:PostgresBinDirectory"], PgConfigBinDirectory(), DirectoryOfPostgresOnPath() }
            .Concat(DebianBinDirectories());
        return candidates.FirstOrDefault(dir => dir is not null && File.Exists(Path.Combine(dir, "initdb")))
            ?? throw new AppHostConfigurationException(
                "Local mode needs PostgreSQL server binaries (initdb, postgres): install them (Debian: apt-get install postgresql) "
                + "or set Infra:PostgresBinDirectory.");
    }

    private static string? PgConfigBinDirectory()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", ["--bindir"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(TimeSpan.FromSeconds(5)) && process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    // Debian puts a postgres symlink on PATH at most; initdb sits beside its target.
    private static string? DirectoryOfPostgresOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => new FileInfo(Path.Combine(dir, "postgres")))
            .Where(file => file.Exists)
            .Select(file => Path.GetDirectoryName(file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName))
            .FirstOrDefault();

    private static IEnumerable<string> DebianBinDirectories() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin"))
            : [];
}
