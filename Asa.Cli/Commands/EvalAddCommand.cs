using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Evaluation;
using Asa.Cli.Failures;
using Asa.Corpus;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa eval add --name N --repo URL --description TEXT ...</c>: registers an evaluation case, or replaces the one of that name.</summary>
public static class EvalAddCommand
{
    public static Command Create(CommandRunner runner)
    {
        var name = new Option<string>("--name") { Description = "The case's name: lowercase letters, digits, '.', '_' or '-'", Required = true };
        var repository = new Option<string>("--repo") { Description = "The repository with the bug, as 'asa submit' takes it; a local directory is sent as an absolute path", Required = true };
        var description = new Option<string>("--description") { Description = "The bug report a user would write (10 to 5,000 characters)", Required = true };
        var test = new Option<string?>("--test-command") { Description = "The repository's test command; detected when absent" };
        var expected = new Option<string?>("--expected") { Description = "What correct behaviour is, for reviewers" };
        var difficulty = new Option<string?>("--difficulty") { Description = "A label such as easy, medium or hard" };
        var category = new Option<string?>("--category") { Description = "A label such as algorithm or business" };
        var checkCommand = new Option<string?>("--check-command") { Description = "The held-back check, run on the fix with the check files laid over it; exit 0 means correct" };
        var checkDirectory = new Option<string?>("--check-dir") { Description = "A folder whose files (tests the fixer never sees, 1 MB at most) are the check files" };
        var command = new Command("add", "Register an evaluation case, or replace the case of the same name")
        {
            name, repository, description, test, expected, difficulty, category, checkCommand, checkDirectory,
        };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var evaluationCase = new EvaluationCase
            {
                Name = parseResult.GetRequiredValue(name),
                RepoUrl = RepositoryArgument.Normalize(parseResult.GetRequiredValue(repository), context.Host.WorkingDirectory),
                BugDescription = parseResult.GetRequiredValue(description),
                TestCommand = parseResult.GetValue(test) ?? "",
                ExpectedBehavior = parseResult.GetValue(expected) ?? "",
                Difficulty = parseResult.GetValue(difficulty) ?? "",
                Category = parseResult.GetValue(category) ?? "",
                CheckCommand = parseResult.GetValue(checkCommand) ?? "",
            };
            if (parseResult.GetValue(checkDirectory) is { } folder)
            {
                evaluationCase.CheckFiles.Add(ReadCheckFiles(Path.GetFullPath(folder, context.Host.WorkingDirectory)));
            }
            var registered = await context.Clients.Evaluation.RegisterEvaluationCaseAsync(
                new RegisterEvaluationCaseRequest { EvaluationCase = evaluationCase }, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(registered, () => context.Console.MarkupLine(
                $"Registered case [bold]{Markup.Escape(registered.Name)}[/] with {registered.CheckFileCount} check file(s)."));
        });
        return command;
    }

    private static SortedDictionary<string, string> ReadCheckFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--check-dir '{folder}' is not a folder.");
        }
        try
        {
            return CorpusFiles.ReadTexts(folder, CorpusEvaluationCase.MaxCheckBytes);
        }
        catch (InvalidDataException)
        {
            throw new UsageException($"--check-dir '{folder}': its files exceed the 1 MB the server accepts as check files.");
        }
    }
}
