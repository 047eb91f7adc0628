using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Evaluation;
using Asa.Protos.V1;

namespace Asa.Cli.Commands;

/// <summary><c>asa eval status RUN</c>: the run and how each of its cases stands.</summary>
public static class EvalStatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var run = EvalCommand.RunIdArgument();
        var command = new Command("status", "Show a run and each case's result so far") { run };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var found = await context.Clients.Evaluation.GetEvaluationRunAsync(new GetEvaluationRunRequest { RunId = parseResult.GetRequiredValue(run) },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(found, () => EvaluationRunView.Write(context.Console, found));
        });
        return command;
    }
}
