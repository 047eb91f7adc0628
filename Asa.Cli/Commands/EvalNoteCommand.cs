using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa eval note RUN CASE TEXT</c>: a reviewer's notes on one case's result in a run.</summary>
public static class EvalNoteCommand
{
    public static Command Create(CommandRunner runner)
    {
        var run = EvalCommand.RunIdArgument();
        var caseName = new Argument<string>("case") { Description = "The case's name" };
        var text = new Argument<string>("text") { Description = "The notes (up to 2,000 characters); they replace any earlier ones" };
        var command = new Command("note", "Set your notes on one case's result in a run") { run, caseName, text };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var request = new AnnotateEvaluationResultRequest
            {
                RunId = parseResult.GetRequiredValue(run),
                CaseName = parseResult.GetRequiredValue(caseName),
                Notes = parseResult.GetRequiredValue(text),
            };
            var result = await context.Clients.Evaluation.AnnotateEvaluationResultAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(result, () => context.Console.MarkupLine(
                $"Noted on case [bold]{Markup.Escape(result.CaseName)}[/] of run {Markup.Escape(request.RunId)}."));
        });
        return command;
    }
}
