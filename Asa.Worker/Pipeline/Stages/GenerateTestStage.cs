using System.Text.Json.Nodes;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Llm;
using Asa.Worker.Prompts;
using Asa.Repair;
using Asa.Repair.Edits;
using Asa.Repair.Localization;
using Asa.Repair.Verification;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// GENERATING_TEST and TESTING_BEFORE_FIX with a model: the model writes a test for the bug in the repository's own
/// framework; in a fork of the prepared workspace the test must fail, and fail because of the bug. A test that passes
/// or cannot load goes back to the model with what happened, within the attempt budget.
/// </summary>
public sealed class GenerateTestStage(
    PromptedModel model,
    WorkspacePreparer preparer,
    SandboxClient sandbox,
    TestRunRecorder recorder,
    TaskJournal journal,
    FaultLocalizer localizer,
    PromptTokenCounter tokens,
    IOptions<RepairOptions> repairOptions,
    IOptions<WorkerOptions> workerOptions) : IPipelineStage
{
    private const int ExampleTestChars = 6000;
    private const int FeedbackOutputChars = 2500;

    public TaskState EntryState => TaskState.GeneratingTest;

    public TaskState LastState => TaskState.TestingBeforeFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var settings = repairOptions.Value;
        var ranked = localizer.Rank(context.Checkout ??= CheckoutSnapshot.Load(context.Workspace, cancellationToken), new LocalizationQuery(context.Task.BugDescription, "", null), cancellationToken);
        var code = CodeContextBuilder.Build(context.Workspace, ranked.Where(f => !f.IsTest).ToList(), settings.ContextTokens / 2, tokens.Count);
        var exampleTest = ranked.FirstOrDefault(f => f.IsTest) is { } test && CheckoutFile.Read(context.Workspace, test.Path) is { } testText
            ? $"{test.Path}:\n```\n{PromptText.Clip(testText, ExampleTestChars)}\n```"
            : "(the repository has no tests yet)";
        var repositorySummary = RepositorySummary.Describe(context.Inventory, ranked);
        var codeContext = CodeContextBuilder.Render(code);
        string? baseWorkspace = null;
        var feedback = "";
        string lastEvidence = "";

        for (var attempt = 1; attempt <= settings.TestAttempts; attempt++)
        {
            await context.Progress.EnterAsync(TaskState.GeneratingTest, cancellationToken);
            var answer = await model.AskAsync(new ModelQuestion(context.TaskId, context.Task.UserId, "cit", new Dictionary<string, string>
            {
                ["bug_description"] = context.Task.BugDescription,
                ["repository_summary"] = repositorySummary,
                ["test_command"] = context.TestCommand ?? "(unknown)",
                ["example_test"] = exampleTest,
                ["code_context"] = codeContext,
                ["feedback"] = feedback,
            }, Sample: attempt, Check: (_, value) => PathProblem(context, value), Model: context.Task.Model), cancellationToken);
            var path = answer.Value["path"]!.GetValue<string>();
            var command = answer.Value["command"]!.GetValue<string>();
            var content = answer.Value["content"]!.GetValue<string>();
            await journal.LogAsync(context.TaskId, TaskState.GeneratingTest, LogSeverity.Info,
                $"Reproduction test {attempt} written by {answer.Prompt.Label}: {path}, run with '{command}'.",
                dedupeKey: $"test:{attempt}", cancellationToken: cancellationToken);

            await context.Progress.EnterAsync(TaskState.TestingBeforeFix, cancellationToken);
            if (baseWorkspace is null)
            {
                await preparer.PrepareAsync(context, cancellationToken);
                baseWorkspace = context.WorkspaceId!;
            }
            var taskSandbox = new TaskSandbox(sandbox, context);
            var fork = await taskSandbox.ForkAsync(baseWorkspace, cancellationToken);
            await taskSandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [path] = content }, null, cancellationToken);
            var suiteRun = await taskSandbox.RunTestsAsync(fork, command, workerOptions.Value.TestTimeLimit, cancellationToken);
            var run = suiteRun.Run;
            await recorder.RecordAsync(context, $"Reproduction test {attempt}", TestPhases.Reproduction, attempt, command, run, cancellationToken);

            var problem = ReproductionCheck.Problem(suiteRun);
            if (problem is null)
            {
                context.WorkspaceId = fork;
                context.Reproduction = new ReproductionTest(path, content, command,
                    answer.Value["expected_failure"]?.GetValue<string>() ?? "", suiteRun);
                return;
            }
            lastEvidence = $"attempt {attempt}: {path} with '{command}' {run.Describe()}. {problem}\n{run.OutputTail}";
            feedback = $"Your previous test ({path}) did not reproduce the bug. {problem}\nIts output:\n```\n{PromptText.Clip(run.OutputTail, FeedbackOutputChars)}\n```\n" +
                "Write a new test that fails because of the bug.";
        }

        throw AsaException.User(
            $"Bug not reproduced: no test out of {settings.TestAttempts} written for the bug failed because of it. Last {lastEvidence}");
    }

    // The test must be a new file of the repository, so it changes nothing that is already there.
    private static string? PathProblem(TaskContext context, JsonNode value)
    {
        var path = value["path"]?.GetValue<string>() ?? "";
        if (!RepositoryPath.Check(path, out var reason))
        {
            return $"PATH '{path}' is not a usable repository path: {reason}.";
        }
        return File.Exists(Path.Combine(context.Workspace, path)) || Directory.Exists(Path.Combine(context.Workspace, path))
            ? $"PATH '{path}' already exists in the repository; choose a new file name."
            : null;
    }
}
