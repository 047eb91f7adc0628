using System.CommandLine;
using System.Globalization;
using Asa.Cli.Connection;
using Asa.Cli.Failures;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa usage [--since YYYY-MM-DD]</c>: model tokens, cost and tasks per day; every user's for an admin key.</summary>
public static class UsageCommand
{
    public static Command Create(CommandRunner runner)
    {
        var since = new Option<string?>("--since") { Description = "First UTC day counted, YYYY-MM-DD (default: 30 days ago)" };
        var command = new Command("usage", "Show what ASA used on your behalf: model calls, tokens, cost and tasks per day") { since };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var request = new GetUsageRequest { Since = ParseSince(parseResult.GetValue(since)) };
            var usage = await context.Clients.Usage.GetUsageAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(usage, () => Write(context.Console, usage));
        });
        return command;
    }

    private static string ParseSince(string? text) =>
        text is null ? ""
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new UsageException($"--since '{text}' is not a date written YYYY-MM-DD.");

    private static void Write(IAnsiConsole console, GetUsageResponse usage)
    {
        if (usage.Days.Count == 0)
        {
            console.MarkupLine("[grey]No usage in that period.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.None)
            .AddColumns("DAY", "USER", "TASKS", "COMPLETED", "FAILED", "CANCELLED", "MODEL CALLS", "PROMPT TOKENS", "COMPLETION TOKENS", "COST");
        foreach (var day in usage.Days)
        {
            table.AddRow([day.Date, Markup.Escape(day.UserId), .. Cells(day.Usage ?? new UsageTotals())]);
        }
        table.AddRow(["[bold]total[/]", "", .. Cells(usage.Totals ?? new UsageTotals())]);
        console.Write(table);
    }

    private static string[] Cells(UsageTotals totals) =>
    [
        HumanText.Count(totals.TasksSubmitted),
        HumanText.Count(totals.TasksCompleted),
        HumanText.Count(totals.TasksFailed),
        HumanText.Count(totals.TasksCancelled),
        HumanText.Count(totals.ModelCalls),
        HumanText.Count(totals.PromptTokens),
        HumanText.Count(totals.CompletionTokens),
        HumanText.Money(totals.CostUsd),
    ];
}
