using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Output;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa submit REPO --bug TEXT</c>: queues a task, and with --watch follows it to its end.</summary>
public static class SubmitCommand
{
    public static Command Create(CommandRunner runner)
    {
        var repository = new Argument<string>("repo") { Description = "The repository: a GitHub or other https git URL, or a local path where the server allows it" };
        var bug = new Option<string>("--bug") { Description = "What is wrong, in your words (10 to 5,000 characters)", Required = true };
        var test = new Option<string?>("--test") { Description = "The command that runs the tests; detected from the repository when absent" };
        var setup = new Option<string?>("--setup") { Description = "A command that prepares the repository (installs dependencies) before the tests" };
        var branch = new Option<string?>("--branch") { Description = "The branch to fix; the default branch when absent" };
        var fixer = new Option<string?>("--fixer")
        {
            Description = $"Which fixer repairs the bug: {Fixers.Engine} (offline, no model), {Fixers.Model} (the LLM fixer) or " +
                          $"{Fixers.EngineFirst} (the engine, then the model); the worker's choice when absent",
        };
        fixer.AcceptOnlyFromAmong([.. Fixers.All]);
        var model = new Option<string?>("--model") { Description = "The model the LLM fixer asks, for example gpt-4o-mini; the worker's model when absent" };
        var watch = new Option<bool>("--watch") { Description = "Follow the task until it ends, as 'asa watch' does" };
        var command = new Command("submit", "Submit a bug for ASA to fix") { repository, bug, test, setup, branch, fixer, model, watch };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var request = new SubmitTaskRequest
            {
                RepoUrl = RepositoryArgument.Normalize(parseResult.GetRequiredValue(repository), context.Host.WorkingDirectory),
                BugDescription = parseResult.GetRequiredValue(bug),
            };
            if (parseResult.GetValue(test) is { } testCommand)
            {
                request.TestCommand = testCommand;
            }
            if (parseResult.GetValue(setup) is { } setupCommand)
            {
                request.SetupCommand = setupCommand;
            }
            if (parseResult.GetValue(branch) is { } baseBranch)
            {
                request.BaseBranch = baseBranch;
            }
            if (parseResult.GetValue(fixer) is { } fixerName)
            {
                request.Fixer = fixerName;
            }
            if (parseResult.GetValue(model) is { } modelName)
            {
                request.Model = modelName;
            }
            var task = await context.Clients.Tasks.SubmitTaskAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            if (parseResult.GetValue(watch))
            {
                return await WatchCommand.FollowAsync(context, task.TaskId, cancellationToken);
            }
            if (context.Json)
            {
                context.WriteJson(task);
            }
            else
            {
                context.Console.MarkupLine($"Submitted task [bold]{task.TaskId}[/] ([{task.Status.Colour()}]{task.Status.Name()}[/]).");
                context.Console.MarkupLine($"[grey]Follow it with:[/] asa watch {task.TaskId}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
