using System.Text.Json;
using static Asa.Benchmarks.ReportWriter;

namespace Asa.Benchmarks;

/// <summary>Prints a <c>corpus</c> report for people and writes it as JSON for machines, in the submit report's style.</summary>
public static class CorpusReportWriter
{
    private const int ErrorWidth = 60;

    /// <summary>One line as soon as a case has ended, so a long run shows its progress.</summary>
    public static void PrintProgress(CorpusCaseResult result, int index, int count, TextWriter output) =>
        output.WriteLine(Invariant($"[{index}/{count}] {result.Name}: {result.Status}{(result.TimedOut ? " (timed out, cancelled)" : "")} in {result.Seconds:0.0} s, {Verdict(result)}"));

    public static void Print(CorpusReport report, TextWriter output)
    {
        output.WriteLine(Invariant($"ASA corpus benchmark: {report.Server} as {report.User}, {report.Results.Count} cases from {report.Corpus}, {report.CaseTimeout.TotalSeconds:0} s per case"));
        if (report.Incomplete is not null)
        {
            output.WriteLine($"INCOMPLETE: {report.Incomplete}");
        }
        output.WriteLine();
        output.WriteLine($"{"case",-32} {"language",-10} {"status",-13} {"fixed",-5} {"correct",-7} {"seconds",8} {"gen",5} {"run",5} {"stopped",-15} error");
        foreach (var r in report.Results)
        {
            var correct = r.Correct switch { true => "yes", false => "NO", null => "-" };
            var stopped = r.SearchStopped is { Length: > 0 } reason ? reason : "-";
            output.WriteLine(Invariant($"{r.Name,-32} {r.Language,-10} {r.Status,-13} {(r.Fixed ? "yes" : "no"),-5} {correct,-7} {r.Seconds,8:0.0} {Count(r.CandidatesGenerated),5} {Count(r.CandidatesRun),5} {stopped,-15} {Clip(r.Error ?? (r.Correct == false ? r.CorrectnessReason : null))}"));
        }
        output.WriteLine();
        output.WriteLine($"{"totals",-16} {"cases",5} {"fixed",5} {"correct",7} {"fixed+correct",13} {"overfit",7} {"of fixes",8} {"one-edit correct",16} {"median fix s",12} {"max s",8} {"over 300 s",10}");
        foreach (var t in report.Totals)
        {
            var oneEdit = $"{t.OneEditCorrect} of {t.OneEditCases}";
            output.WriteLine(Invariant($"{t.Scope,-16} {t.Cases,5} {t.Fixed,5} {t.Correct,7} {t.FixedAndCorrectPercent,12:0.0}% {t.Overfitting,7} {Percent(t.OverfittingPercentOfFixes),8} {oneEdit,16} {Seconds(t.MedianSecondsToFix),12} {Seconds(t.MaxSeconds),8} {t.CasesOver300Seconds,10}"));
        }
    }

    public static async Task WriteJsonAsync(CorpusReport report, string path, CancellationToken cancellationToken)
    {
        var document = new
        {
            report.StartedAt,
            Server = report.Server.ToString(),
            report.User,
            report.Corpus,
            CaseTimeoutSeconds = report.CaseTimeout.TotalSeconds,
            report.Incomplete,
            Cases = report.Results.Select(r => new
            {
                r.Name,
                r.Language,
                r.Category,
                r.Bug,
                r.EngineFixable,
                r.Set,
                r.TaskId,
                r.Status,
                r.TimedOut,
                r.Fixed,
                r.Correct,
                r.FixedAndCorrect,
                r.CorrectnessReason,
                r.Seconds,
                r.CandidatesGenerated,
                r.CandidatesRun,
                r.SearchStopped,
                r.Error,
            }),
            Totals = report.Totals,
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, JsonOptions, cancellationToken);
    }

    private static string Verdict(CorpusCaseResult result) => result switch
    {
        { Fixed: false, Error: { } error } => $"not fixed: {error}",
        { Fixed: false } => "not fixed",
        { Correct: true } => "fixed, held-back tests pass",
        _ => $"fixed, but not correct: {result.CorrectnessReason}",
    };

    private static string Count(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private static string Percent(double? percent) => percent is { } value ? Invariant($"{value:0.0}%") : "-";

    private static string Seconds(double? seconds) => seconds is { } value ? Invariant($"{value:0.0}") : "-";

    private static string Clip(string? text)
    {
        var line = (text ?? "").ReplaceLineEndings(" ");
        return line.Length > ErrorWidth ? line[..(ErrorWidth - 1)] + "…" : line;
    }
}
