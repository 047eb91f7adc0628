using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa eval cases [--category C] [--difficulty D]</c>: the registered evaluation cases by name.</summary>
public static class EvalCasesCommand
{
    public static Command Create(CommandRunner runner)
    {
        var category = EvalCommand.CategoryOption("cases");
        var difficulty = EvalCommand.DifficultyOption("cases");
        var command = new Command("cases", "List the registered evaluation cases") { category, difficulty };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var request = new ListEvaluationCasesRequest { Category = parseResult.GetValue(category) ?? "", Difficulty = parseResult.GetValue(difficulty) ?? "" };
            var listed = await context.Clients.Evaluation.ListEvaluationCasesAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(listed, () => Write(context.Console, listed));
        });
        return command;
    }

    private static void Write(IAnsiConsole console, ListEvaluationCasesResponse listed)
    {
        if (listed.Cases.Count == 0)
        {
            console.MarkupLine("[grey]No cases; add some with 'asa eval add' or 'asa eval load-corpus'.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.None).AddColumns("NAME", "CATEGORY", "DIFFICULTY", "CHECK FILES", "REPOSITORY");
        foreach (var evaluationCase in listed.Cases)
        {
            table.AddRow(Markup.Escape(evaluationCase.Name), Markup.Escape(evaluationCase.Category), Markup.Escape(evaluationCase.Difficulty),
                evaluationCase.CheckFileCount.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(evaluationCase.RepoUrl));
        }
        console.Write(table);
    }
}
