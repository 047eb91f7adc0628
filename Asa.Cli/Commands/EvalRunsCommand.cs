using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Failures;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa eval runs [--limit N]</c>: the evaluation runs, newest first.</summary>
public static class EvalRunsCommand
{
    private const int MaxPageSize = 100;

    public static Command Create(CommandRunner runner)
    {
        var limit = new Option<int>("--limit") { Description = $"How many runs at most (1 to {MaxPageSize})", DefaultValueFactory = _ => 20 };
        var command = new Command("runs", "List the evaluation runs, newest first") { limit };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var wanted = parseResult.GetValue(limit);
            if (wanted is < 1 or > MaxPageSize)
            {
                throw new UsageException($"--limit must be 1 to {MaxPageSize}, not {wanted}.");
            }
            var listed = await context.Clients.Evaluation.ListEvaluationRunsAsync(new ListEvaluationRunsRequest { PageSize = wanted },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(listed, () => Write(context.Console, listed));
        });
        return command;
    }

    private static void Write(IAnsiConsole console, ListEvaluationRunsResponse listed)
    {
        if (listed.Runs.Count == 0)
        {
            console.MarkupLine("[grey]No runs; start one with 'asa eval run'.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.None).AddColumns("RUN", "CREATED", "FINISHED", "RECORDED", "FIXER", "MODEL", "LABEL");
        foreach (var run in listed.Runs)
        {
            table.AddRow(Markup.Escape(run.RunId), HumanText.Time(run.CreatedAt), HumanText.Time(run.FinishedAt), $"{run.Recorded}/{run.Cases}",
                Markup.Escape(run.Fixer), Markup.Escape(run.Model), Markup.Escape(HumanText.Shorten(run.Label, 60)));
        }
        console.Write(table);
    }
}
