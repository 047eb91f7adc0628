using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa cancel ID</c>: stops a queued or running task.</summary>
public static class CancelCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = TaskIdArgument.Create();
        var command = new Command("cancel", "Cancel a queued or running task") { id };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var task = await context.Clients.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = parseResult.GetRequiredValue(id) },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(task, () => context.Console.MarkupLine($"Task [bold]{task.TaskId}[/] is [{task.Status.Colour()}]{task.Status.Name()}[/]."));
        });
        return command;
    }
}
