using System.CommandLine;
using System.Text.Json.Nodes;
using Asa.Cli.Connection;
using Asa.Cli.Evaluation;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary>
/// <c>asa eval load-corpus [DIR] [--repos-dir DIR]</c>: registers every case of the bug corpus, each against a fresh
/// local git repository of its <c>buggy/</c> folder.
/// </summary>
public static class EvalLoadCorpusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var corpus = new Argument<string>("corpus")
        {
            Description = "The corpus folder, holding <case>/case.json, buggy/, fixed/ and heldback/",
            DefaultValueFactory = _ => CorpusLoader.DefaultCorpusFolder,
        };
        var repositories = new Option<string?>("--repos-dir")
        {
            Description = "Where each case's repository is made (recreated when it exists) [default: $XDG_DATA_HOME/asa/corpus-repos or ~/.local/share/asa/corpus-repos]",
        };
        var command = new Command("load-corpus", "Register the bug corpus as evaluation cases, each with a local git repository of its buggy program")
        {
            corpus, repositories,
        };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var workingDirectory = context.Host.WorkingDirectory;
            var loader = new CorpusLoader(
                Path.GetFullPath(parseResult.GetRequiredValue(corpus), workingDirectory),
                Path.GetFullPath(parseResult.GetValue(repositories) ?? CorpusLoader.DefaultRepositoriesDirectory(context.Host), workingDirectory));
            var cases = loader.ReadCases();
            var registered = new List<EvaluationCase>();
            foreach (var corpusCase in cases)
            {
                var evaluationCase = await loader.PrepareAsync(corpusCase, cancellationToken);
                var answer = await context.Clients.Evaluation.RegisterEvaluationCaseAsync(
                    new RegisterEvaluationCaseRequest { EvaluationCase = evaluationCase }, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
                // The contents are the corpus's own files; the count says they arrived.
                answer.CheckFiles.Clear();
                registered.Add(answer);
                if (!context.Json)
                {
                    context.Console.MarkupLine(
                        $"Registered [bold]{Markup.Escape(answer.Name)}[/] ({Markup.Escape(answer.Category)}, {Markup.Escape(answer.Difficulty)}, {answer.CheckFileCount} check file(s)).");
                }
            }
            if (context.Json)
            {
                context.WriteJson(new JsonObject
                {
                    ["loaded"] = registered.Count,
                    ["corpus"] = loader.CorpusDirectory,
                    ["repositories"] = loader.RepositoriesDirectory,
                    ["cases"] = JsonOutput.Array(registered),
                });
            }
            else
            {
                context.Console.MarkupLine(
                    $"Loaded {registered.Count} cases from {Markup.Escape(loader.CorpusDirectory)}; their repositories are in {Markup.Escape(loader.RepositoriesDirectory)}.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
