using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary>
/// <c>asa eval run [--category C] [--difficulty D] [--case NAME ...] [--fixer F] [--model M] [--label TEXT] [--wait]</c>:
/// starts an evaluation run and, with --wait, follows it to its report.
/// </summary>
public static class EvalRunCommand
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public static Command Create(CommandRunner runner)
    {
        var category = EvalCommand.CategoryOption("cases");
        var difficulty = EvalCommand.DifficultyOption("cases");
        var cases = new Option<string[]>("--case") { Description = "Only this case; repeat for more", Arity = ArgumentArity.ZeroOrMore };
        var fixer = new Option<string?>("--fixer") { Description = "The fixer every task uses [default: the workers' configured one]" };
        fixer.AcceptOnlyFromAmong([.. Fixers.All]);
        var model = new Option<string?>("--model") { Description = "The model the LLM fixer asks [default: the workers' configured one]" };
        var label = new Option<string?>("--label") { Description = "A short note to recognise the run by, such as \"prompt v3\"" };
        var wait = new Option<bool>("--wait") { Description = "Wait until every case's result is recorded, then print the report" };
        var command = new Command("run", "Run the registered cases (or a selection) as tasks and record how each fares")
        {
            category, difficulty, cases, fixer, model, label, wait,
        };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var request = new StartEvaluationRunRequest
            {
                Category = parseResult.GetValue(category) ?? "",
                Difficulty = parseResult.GetValue(difficulty) ?? "",
                CaseNames = { parseResult.GetValue(cases) ?? [] },
                Fixer = parseResult.GetValue(fixer) ?? "",
                Model = parseResult.GetValue(model) ?? "",
                Label = parseResult.GetValue(label) ?? "",
            };
            var run = await context.Clients.Evaluation.StartEvaluationRunAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            if (!parseResult.GetValue(wait))
            {
                return context.Answer(run, () =>
                {
                    context.Console.MarkupLine($"Started run [bold]{Markup.Escape(run.RunId)}[/] of {run.Cases} case(s).");
                    context.Console.MarkupLine($"[grey]Follow it with:[/] asa eval status {Markup.Escape(run.RunId)}");
                });
            }
            if (!context.Json)
            {
                context.Console.MarkupLine($"Started run [bold]{Markup.Escape(run.RunId)}[/] of {run.Cases} case(s); waiting for their results.");
            }
            await WaitForResultsAsync(context, run, cancellationToken);
            var report = await context.Clients.Evaluation.GetEvaluationReportAsync(new GetEvaluationReportRequest { RunId = run.RunId },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            await EvalReportCommand.WriteAsync(context, report, folder: null, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WaitForResultsAsync(CommandContext context, EvaluationRun run, CancellationToken cancellationToken)
    {
        var shown = -1;
        while (run.FinishedAt is null)
        {
            if (!context.Json && run.Recorded != shown)
            {
                shown = run.Recorded;
                context.Console.MarkupLine($"[grey]{run.Recorded}/{run.Cases} recorded[/]");
            }
            await Task.Delay(PollInterval, cancellationToken);
            run = await context.Clients.Evaluation.GetEvaluationRunAsync(new GetEvaluationRunRequest { RunId = run.RunId },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
        }
    }
}
