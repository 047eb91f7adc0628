using System.CommandLine;
using System.Text.Json.Nodes;
using Asa.Cli.Output;
using Asa.Cli.Watching;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa watch ID</c>: the task's progress, live, until it ends; exit code 1 unless it completed.</summary>
public static class WatchCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = TaskIdArgument.Create();
        var command = new Command("watch", "Follow a task's stages and log until it ends (exit code 1 when it fails or is cancelled)") { id };
        runner.Bind(command, (parseResult, context, cancellationToken) =>
            FollowAsync(context, parseResult.GetRequiredValue(id), cancellationToken));
        return command;
    }

    /// <summary>Watches to the end, prints the outcome, and returns the exit code the outcome deserves.</summary>
    public static async Task<int> FollowAsync(CommandContext context, string taskId, CancellationToken cancellationToken)
    {
        if (!context.Json)
        {
            context.Console.MarkupLine($"Watching task [bold]{Markup.Escape(taskId)}[/] [grey](Ctrl+C stops watching; the task goes on)[/]");
        }
        var outcome = await WatchSession.RunAsync(context, taskId, cancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject
            {
                ["task"] = JsonOutput.Node(outcome.Task),
                ["events"] = JsonOutput.Array(outcome.Events),
            });
        }
        else
        {
            TaskOutcomeView.Write(context.Console, outcome.Task);
        }
        switch (outcome.Task.Status)
        {
            case TaskState.Completed:
                return ExitCodes.Ok;
            case TaskState.Failed or TaskState.Cancelled:
                return ExitCodes.TaskDidNotComplete;
            default:
                await context.Host.Error.WriteLineAsync($"asa: the server ended the watch while the task was still {outcome.Task.Status.Name()}.");
                return ExitCodes.Unavailable;
        }
    }
}
