using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa retry ID</c>: delivers again the verified fix of a task that failed afterwards, as a new task.</summary>
public static class RetryCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = TaskIdArgument.Create();
        var watch = new Option<bool>("--watch") { Description = "Follow the new task until it ends, as 'asa watch' does" };
        var command = new Command("retry", "Deliver again the verified fix of a task that failed afterwards (for example at CREATING_PR)") { id, watch };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var task = await context.Clients.Tasks.RetryTaskAsync(new RetryTaskRequest { TaskId = parseResult.GetRequiredValue(id) },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            if (parseResult.GetValue(watch))
            {
                return await WatchCommand.FollowAsync(context, task.TaskId, cancellationToken);
            }
            return context.Answer(task, () =>
            {
                context.Console.MarkupLine($"Task [bold]{task.TaskId}[/] delivers the fix of task {task.RetryOf} ([{task.Status.Colour()}]{task.Status.Name()}[/]).");
                context.Console.MarkupLine($"[grey]Follow it with:[/] asa watch {task.TaskId}");
            });
        });
        return command;
    }
}
