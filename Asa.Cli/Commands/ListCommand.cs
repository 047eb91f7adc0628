using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Failures;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa list [--status S] [--limit N]</c>: the caller's tasks, newest first.</summary>
public static class ListCommand
{
    private const int MaxPageSize = 100;

    public static Command Create(CommandRunner runner)
    {
        var status = new Option<string?>("--status") { Description = $"Only tasks with this status: {string.Join(", ", TaskStateNames.All)}" };
        var limit = new Option<int>("--limit") { Description = "How many tasks at most", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List your tasks, newest first") { status, limit };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var wanted = parseResult.GetValue(limit);
            if (wanted < 1)
            {
                throw new UsageException($"--limit must be at least 1, not {wanted}.");
            }
            var request = new ListTasksRequest { Status = ParseStatus(parseResult.GetValue(status)) };
            var listed = new ListTasksResponse();
            do
            {
                request.PageSize = Math.Min(MaxPageSize, wanted - listed.Tasks.Count);
                var page = await context.Clients.Tasks.ListTasksAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
                listed.Tasks.AddRange(page.Tasks);
                listed.NextPageToken = page.NextPageToken;
                request.PageToken = page.NextPageToken;
            }
            while (listed.Tasks.Count < wanted && listed.NextPageToken.Length > 0);

            return context.Answer(listed, () => Write(context.Console, listed));
        });
        return command;
    }

    private static TaskState ParseStatus(string? text) =>
        text is null ? TaskState.Unspecified
        : TaskStateNames.TryParse(text, out var state) ? state
        : throw new UsageException($"--status '{text}' is not a task status; use one of {string.Join(", ", TaskStateNames.All)}.");

    private static void Write(IAnsiConsole console, ListTasksResponse listed)
    {
        if (listed.Tasks.Count == 0)
        {
            console.MarkupLine("[grey]No tasks.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.None).AddColumns("ID", "STATUS", "CREATED", "REPOSITORY", "BUG");
        foreach (var task in listed.Tasks)
        {
            table.AddRow(
                task.TaskId,
                $"[{task.Status.Colour()}]{task.Status.Name()}[/]",
                HumanText.Time(task.CreatedAt),
                Markup.Escape(HumanText.Shorten(task.RepoUrl, 60)),
                Markup.Escape(HumanText.Shorten(task.BugDescription, 60)));
        }
        console.Write(table);
        if (listed.NextPageToken.Length > 0)
        {
            console.MarkupLine("[grey]More tasks exist; raise --limit to see them.[/]");
        }
    }
}
