using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Evaluation;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Google.Protobuf;

namespace Asa.Cli.Commands;

/// <summary>
/// <c>asa eval report RUN [--compare OTHER_RUN] [--out DIR]</c>: a run's report, or two runs compared, as Markdown
/// (or JSON with --json), and optionally as files.
/// </summary>
public static class EvalReportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var run = EvalCommand.RunIdArgument();
        var compare = new Option<string?>("--compare") { Description = "Another run to compare with, RUN being the base" };
        var output = new Option<string?>("--out") { Description = "Also write the report to this folder as <run>.md and <run>.json (<base>-vs-<other> when comparing)" };
        var command = new Command("report", "Show a run's pass rate, correctness rate, time and cost, overall, by category and by difficulty") { run, compare, output };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var runId = parseResult.GetRequiredValue(run);
            var folder = parseResult.GetValue(output) is { } given ? Path.GetFullPath(given, context.Host.WorkingDirectory) : null;
            if (parseResult.GetValue(compare) is { } otherRunId)
            {
                var comparison = await context.Clients.Evaluation.CompareEvaluationRunsAsync(
                    new CompareEvaluationRunsRequest { BaseRunId = runId, OtherRunId = otherRunId }, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
                await WriteAsync(context, comparison, EvaluationComparisonMarkdown.Render(comparison), $"{runId}-vs-{otherRunId}", folder, cancellationToken);
                return ExitCodes.Ok;
            }
            var report = await context.Clients.Evaluation.GetEvaluationReportAsync(new GetEvaluationReportRequest { RunId = runId },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            await WriteAsync(context, report, folder, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints a run's report, Markdown or JSON, and writes it to <paramref name="folder"/> when given.</summary>
    public static Task WriteAsync(CommandContext context, EvaluationReport report, string? folder, CancellationToken cancellationToken) =>
        WriteAsync(context, report, EvaluationReportMarkdown.Render(report), report.Run?.RunId ?? "report", folder, cancellationToken);

    private static async Task WriteAsync(CommandContext context, IMessage message, string markdown, string fileName, string? folder, CancellationToken cancellationToken)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, fileName + ".md"), markdown, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, fileName + ".json"), JsonOutput.Text(message) + Environment.NewLine, cancellationToken);
        }
        if (context.Json)
        {
            context.WriteJson(message);
        }
        else
        {
            await context.Host.Output.WriteAsync(markdown);
            if (folder is not null)
            {
                await context.Host.Error.WriteLineAsync($"Wrote {Path.Combine(folder, fileName)}.md and .json.");
            }
        }
    }
}
