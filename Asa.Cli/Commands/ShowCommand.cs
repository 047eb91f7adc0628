using System.CommandLine;
using System.Text.Json.Nodes;
using Asa.Cli.Connection;
using Asa.Cli.Output;
using Asa.Cli.Watching;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa show ID</c>: a task's details, its stages with their durations, the tests it ran, and its error.</summary>
public static class ShowCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = TaskIdArgument.Create();
        var command = new Command("show", "Show a task: status, stages with durations, tests run, cost, error") { id };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var task = await context.Clients.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = parseResult.GetRequiredValue(id) },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            var events = await TaskHistory.ReadAsync(context.Clients.Tasks, task, cancellationToken);
            var timeline = TaskTimeline.From(events);
            if (context.Json)
            {
                context.WriteJson(new JsonObject
                {
                    ["task"] = JsonOutput.Node(task),
                    ["timeline"] = new JsonArray([.. timeline.Select(TimelineNode)]),
                    ["events"] = JsonOutput.Array(events),
                });
            }
            else
            {
                TaskDetailsView.Write(context.Console, task);
                WriteTimeline(context.Console, timeline);
                TestRunsView.Write(context.Console, task);
                TaskOutcomeView.Write(context.Console, task);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static JsonNode TimelineNode(StageSpan span) => new JsonObject
    {
        ["stage"] = span.Stage.Name(),
        ["startedAt"] = span.StartedAt?.ToString("O"),
        ["durationSeconds"] = span.Duration?.TotalSeconds,
    };

    private static void WriteTimeline(IAnsiConsole console, IReadOnlyList<StageSpan> timeline)
    {
        if (timeline.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.None).AddColumns("STAGE", "STARTED", "DURATION");
        foreach (var span in timeline)
        {
            var duration = span.Duration is { } took ? HumanText.Duration(took)
                : span.Stage.IsTerminal() || span.StartedAt is null ? ""
                : $"{HumanText.Duration(DateTime.UtcNow - span.StartedAt.Value)} so far";
            table.AddRow(
                $"[{span.Stage.Colour()}]{span.Stage.Name()}[/]",
                span.StartedAt is { } at ? HumanText.Time(at) : "",
                duration);
        }
        console.Write(table);
    }
}
