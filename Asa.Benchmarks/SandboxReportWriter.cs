using System.Text.Json;
using static Asa.Benchmarks.ReportWriter;

namespace Asa.Benchmarks;

/// <summary>Prints a <c>sandbox</c> report for people and writes it as JSON for machines, in the submit report's style.</summary>
public static class SandboxReportWriter
{
    private const double Megabyte = 1_000_000;

    public static void Print(SandboxReport report, TextWriter output)
    {
        var service = report.ServicePid is { } pid ? Invariant($"pid {pid} ({report.ServiceCommandLine})") : "pid unknown, memory not sampled";
        output.WriteLine(Invariant($"ASA sandbox benchmark: {report.Server}, {SandboxReport.ProcessorCount} cores, {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}"));
        output.WriteLine($"service: {service}");
        if (report.Exec is { } exec)
        {
            output.WriteLine(Invariant($"1. exec round trip of `{exec.Command}` ({exec.Warmup} warmup runs not measured; {exec.NonZeroExits} non-zero exits)"));
            PrintLatency(output, "  call -> result", exec.Latency, "sequential", withP90: false);
            output.WriteLine(Invariant($"  median goal < {SandboxReport.ExecMedianGoalMs:0} ms  {Verdict(report.ExecMet)}"));
        }
        if (report.Upload is { } upload)
        {
            output.WriteLine(Invariant($"2. workspace of {upload.Files} files ({upload.ArchiveBytes / Megabyte:0.0} MB tar in {upload.ChunkBytes / 1024} KiB chunks; the service counted {upload.WorkspaceFiles})"));
            PrintLatency(output, "  CreateWorkspace (upload)", upload.Upload, null, withP90: false);
            output.WriteLine(Invariant($"  goal < {SandboxReport.UploadGoalMs:0} ms (slowest)  {Verdict(report.UploadMet)}"));
            PrintLatency(output, "  ForkWorkspace", upload.Fork, null, withP90: false);
            output.WriteLine(Invariant($"  goal < {SandboxReport.ForkGoalMs:0} ms (slowest)  {Verdict(report.ForkMet)}"));
        }
        if (report.Memory is { } memory)
        {
            output.WriteLine(Invariant($"3. {memory.Concurrency} concurrent streaming runs of `{memory.Command}`"));
            output.WriteLine(Invariant($"  {memory.ExitedZero} of {memory.Concurrency} exited 0, {memory.Failed} failed, {memory.OutputBytes / Megabyte:0.00} MB streamed, all done in {memory.Elapsed.TotalSeconds:0.0} s"));
            if (memory.FirstFailure is not null)
            {
                output.WriteLine($"  first failure: {memory.FirstFailure}");
            }
            PrintLatency(output, "  run wall time (service's figure)", memory.RunWallTime, null, withP90: false);
            output.WriteLine(Invariant($"  service RSS: {memory.BaselineRssBytes / Megabyte:0.0} MB before, peak {memory.PeakRssBytes / Megabyte:0.0} MB during ({memory.Samples} samples), {memory.AfterRssBytes / Megabyte:0.0} MB after"));
            output.WriteLine(Invariant($"  goal peak < {SandboxReport.MemoryGoalBytes / Megabyte:0} MB with every run exiting 0  {Verdict(report.MemoryMet)}"));
        }
    }

    public static async Task WriteJsonAsync(SandboxReport report, string path, CancellationToken cancellationToken)
    {
        var document = new
        {
            report.StartedAt,
            Server = report.Server.ToString(),
            ProcessorCount = SandboxReport.ProcessorCount,
            report.ServicePid,
            report.ServiceCommandLine,
            Goals = new
            {
                ExecMedianMs = SandboxReport.ExecMedianGoalMs,
                UploadMs = SandboxReport.UploadGoalMs,
                ForkMs = SandboxReport.ForkGoalMs,
                MemoryBytes = SandboxReport.MemoryGoalBytes,
                report.ExecMet,
                report.UploadMet,
                report.ForkMet,
                report.MemoryMet,
            },
            Exec = report.Exec is { } exec ? new { exec.Command, exec.Warmup, exec.NonZeroExits, LatencyMs = exec.Latency } : null,
            Upload = report.Upload is { } upload
                ? new { upload.Files, upload.ArchiveBytes, upload.ChunkBytes, upload.WorkspaceFiles, UploadMs = upload.Upload, ForkMs = upload.Fork }
                : null,
            Memory = report.Memory is { } memory
                ? new
                {
                    memory.Command,
                    memory.Concurrency,
                    memory.ExitedZero,
                    memory.Failed,
                    memory.FirstFailure,
                    memory.OutputBytes,
                    ElapsedSeconds = memory.Elapsed.TotalSeconds,
                    RunWallTimeMs = memory.RunWallTime,
                    memory.BaselineRssBytes,
                    memory.PeakRssBytes,
                    memory.AfterRssBytes,
                    memory.Samples,
                }
                : null,
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, JsonOptions, cancellationToken);
    }
}
