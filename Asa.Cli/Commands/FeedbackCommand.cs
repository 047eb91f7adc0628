using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Failures;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa feedback ID --rating 1-5 [--approve] [--comment TEXT] [--issue LABEL]...</c>: your verdict on an ended task.</summary>
public static class FeedbackCommand
{
    public static Command Create(CommandRunner runner)
    {
        var id = TaskIdArgument.Create();
        var rating = new Option<int>("--rating") { Description = "1 (useless) to 5 (exactly right)", Required = true };
        var approve = new Option<bool>("--approve") { Description = "You accept the fix" };
        var comment = new Option<string?>("--comment") { Description = "Free text, up to 2,000 characters" };
        var issues = new Option<string[]>("--issue")
        {
            Description = "A short label of what was wrong, e.g. \"wrong file\"; repeat for more",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("feedback", "Rate what ASA did with one of your ended tasks") { id, rating, approve, comment, issues };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var stars = parseResult.GetValue(rating);
            if (stars is < 1 or > 5)
            {
                throw new UsageException($"--rating must be 1 to 5, not {stars}.");
            }
            var request = new SubmitFeedbackRequest
            {
                TaskId = parseResult.GetRequiredValue(id),
                Rating = stars,
                Approved = parseResult.GetValue(approve),
                Comment = parseResult.GetValue(comment) ?? "",
                Issues = { parseResult.GetValue(issues) ?? [] },
            };
            var feedback = await context.Clients.Feedback.SubmitFeedbackAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            if (context.Json)
            {
                context.WriteJson(feedback);
            }
            else
            {
                context.Console.MarkupLine(
                    $"Recorded feedback {feedback.FeedbackId} on task [bold]{feedback.TaskId}[/]: {feedback.Rating}/5, "
                    + (feedback.Approved ? "[green]fix approved[/]" : "fix not approved") + ".");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
